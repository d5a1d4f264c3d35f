package org.tsuho.tasks;

import java.time.Duration;
import java.time.Instant;

/** The SLA badge of an open task: overdue, due within two hours, or neither. */
public enum Urgency {
    OVERDUE, DUE_SOON, NONE;

    static final Duration SOON = Duration.ofHours(2);

    /** @param overdue the process already flagged the task overdue (its timer fired) */
    public static Urgency of(Instant dueAt, boolean overdue, Instant now) {
        if (overdue || (dueAt != null && dueAt.isBefore(now))) {
            return OVERDUE;
        }
        return dueAt != null && dueAt.isBefore(now.plus(SOON)) ? DUE_SOON : NONE;
    }
}
