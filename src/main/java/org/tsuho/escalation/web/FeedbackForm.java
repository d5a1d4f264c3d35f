package org.tsuho.escalation.web;

import org.tsuho.escalation.FeedbackInput;

/** The liaison's feedback on a referral: what the agency did (a {@code FeedbackType}) and a note. */
record FeedbackForm(String type, String note) {

    static FeedbackForm fresh() {
        return new FeedbackForm(null, null);
    }

    FeedbackInput toInput() {
        return new FeedbackInput(type, note);
    }
}
