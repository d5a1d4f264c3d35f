package org.tsuho.workspace.web;

import org.tsuho.escalation.EscalationRatification;

/** The second supervisor's decision on an emergency referral; the body of a {@code ratify-escalation} completion. */
record RatificationForm(String ratified, String rationale) {

    static RatificationForm fresh() {
        return new RatificationForm(null, null);
    }

    EscalationRatification toRatification() {
        return new EscalationRatification(Choice.of(ratified), rationale);
    }
}
