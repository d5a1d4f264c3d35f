package org.tsuho.enforcement;

/** Where a proceeding stands. The last six end it. */
public enum ProceedingStatus {
    /** A case worker prepares the notice of intended disposition. */
    OPEN,
    AWAITING_APPROVAL,
    /** The notice is served; the company may explain itself until {@code respondBy}. */
    AWAITING_EXPLANATION,
    AWAITING_DISPOSITION,
    /** An order is in force until its compliance deadline. */
    COMPLIANCE_WATCH,
    AWAITING_REFERRAL_DECISION,
    NO_ACTION,
    FINE_IMPOSED,
    COMPLIED,
    REFERRED_FOR_PROSECUTION,
    CLOSED,
    /** An appeal's ruling revoked the disposition: whatever it set in motion (compliance watch, referral) stops. */
    REVOKED;

    public boolean isOpen() {
        return ordinal() <= AWAITING_REFERRAL_DECISION.ordinal();
    }
}
