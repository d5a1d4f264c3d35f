package org.tsuho.enforcement;

/** The decisions taken in a proceeding: two by its supervisors, and the ruling on an appeal that changed it. */
public enum DecisionKind {
    /** After the explanation period: NO_ACTION, ORDER or ADMINISTRATIVE_FINE. */
    DISPOSITION,
    /** After an order was not complied with: REFER or DO_NOT_REFER. */
    REFERRAL,
    /** An appeal's ruling that changed the disposition: GRANTED_REVOKED or GRANTED_VARIED (with the new fine). */
    APPEAL_RULING
}
