/**
 * Deadlines: the rulebook of legal and service-level clocks (all configuration, each with its legal basis and a
 * flag where the value is not yet verified), and the answer to "is this late?" for every stage.
 */
package org.tsuho.deadline;
