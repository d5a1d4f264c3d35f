package org.tsuho.escalation.web;

import org.tsuho.escalation.ReferralAcknowledgement;

/** The liaison's acknowledgement of a referral: the agency's own reference, and a note. */
record AcknowledgementForm(String reference, String note) {

    static AcknowledgementForm fresh() {
        return new AcknowledgementForm(null, null);
    }

    ReferralAcknowledgement toAcknowledgement() {
        return new ReferralAcknowledgement(reference, note);
    }
}
