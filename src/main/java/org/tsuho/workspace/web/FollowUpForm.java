package org.tsuho.workspace.web;

import org.tsuho.escalation.ReferralFollowUp;

/** What the referring supervisor did about a missing acknowledgement; the body of a {@code follow-up-referral} completion. */
record FollowUpForm(String note) {

    static FollowUpForm fresh() {
        return new FollowUpForm(null);
    }

    ReferralFollowUp toFollowUp() {
        return new ReferralFollowUp(note);
    }
}
