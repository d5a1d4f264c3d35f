package org.tsuho.escalation;

/** What a partner reports back on a referral (domain.md §4: the commission approves police and SDF measures). */
public enum FeedbackType {
    /** The agency asked the oversight commission to approve a measure. */
    COMMISSION_APPROVAL_REQUESTED,
    COMMISSION_APPROVED,
    COMMISSION_REFUSED,
    /** A measure was taken (in an emergency, the commission is notified afterwards). */
    MEASURE_TAKEN,
    /** The agency closed the referral; nothing more will follow. */
    CLOSED
}
