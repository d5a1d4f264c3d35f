package org.tsuho.escalation;

/** Where an escalation stands. */
public enum EscalationStatus {
    /** Waiting for a supervisor's decision. */
    PROPOSED,
    /** A supervisor rejected it; the case went back to triage. */
    REJECTED,
    /** Approved (or, in an emergency, referred at once): the packages are with the partners. */
    REFERRED,
    /** An emergency referral that the second supervisor refused to ratify; the referrals were withdrawn. */
    WITHDRAWN,
    /** Every partner closed its referral. */
    COMPLETED
}
