package org.tsuho.enforcement;

/** The body that completes a {@code decide-referral} task: refer the company for prosecution, or close. */
public record ReferralDecision(Boolean refer, String rationale) {
}
