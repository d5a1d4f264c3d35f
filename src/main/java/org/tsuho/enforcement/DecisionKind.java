package org.tsuho.enforcement;

/** The two decisions a supervisor takes in a proceeding. */
public enum DecisionKind {
    /** After the explanation period: NO_ACTION, ORDER or ADMINISTRATIVE_FINE. */
    DISPOSITION,
    /** After an order was not complied with: REFER or DO_NOT_REFER. */
    REFERRAL
}
