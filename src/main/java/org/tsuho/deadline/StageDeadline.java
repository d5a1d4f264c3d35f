package org.tsuho.deadline;

import java.time.Instant;

/**
 * A legal deadline of a case.
 *
 * @param met true when the stage's report came in time, false when it came late or not at all by the due time,
 *            null while it is still open
 */
public record StageDeadline(Stage stage, Instant dueAt, Boolean met) {
}
