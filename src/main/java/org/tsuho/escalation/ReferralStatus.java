package org.tsuho.escalation;

/** Where one agency's referral stands. */
public enum ReferralStatus {
    /** The package is available to the agency, not yet acknowledged. */
    SENT,
    /** The agency's liaison acknowledged it; feedback may follow. */
    ACKNOWLEDGED,
    /** The agency reported it closed. */
    CLOSED,
    /** The regulator withdrew it (an emergency referral not ratified). */
    WITHDRAWN
}
