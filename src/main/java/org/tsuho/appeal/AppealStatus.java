package org.tsuho.appeal;

/** Where an appeal stands. */
public enum AppealStatus {
    /** Registered: a supervisor assigns the hearing examiner. */
    AWAITING_EXAMINER,
    /** The examiner hears the agency and the company; the company may submit its rebuttal. */
    UNDER_EXAMINATION,
    /** The examiner's opinion is in; a supervisor rules. */
    AWAITING_RULING,
    RULED
}
