/**
 * Registry: the sectors and the designated operators (特別社会基盤事業者) that owe reports, keyed by their
 * corporate number (法人番号).
 */
package org.tsuho.registry;
