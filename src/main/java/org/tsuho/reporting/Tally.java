package org.tsuho.reporting;

/** How many of one kind: a key (a status, an agency, a stage…) and its count. */
public record Tally(String key, long count) {
}
