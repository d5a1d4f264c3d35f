package org.tsuho.casefile;

import java.time.Instant;

/** One line of a case's timeline. {@code action} is a stable code, translated on screens. */
public record TimelineEntry(Instant at, String actor, String action, String detail) {
}
