package org.tsuho.escalation;

/** The body that completes a {@code follow-up-referral} task: what the supervisor did about a missing acknowledgement. */
public record ReferralFollowUp(String note) {
}
