/**
 * Shared kernel: the database bootstrap (embedded PostgreSQL by default), the clock every module reads,
 * and the error types that map onto HTTP problems. Holds no business rules.
 */
package org.tsuho.platform;
