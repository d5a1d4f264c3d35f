package org.tsuho.escalation;

/**
 * The body that completes a {@code ratify-escalation} task: a second supervisor confirms an emergency referral, or
 * refuses, which withdraws the referrals and sends the case back to triage.
 */
public record EscalationRatification(Boolean ratified, String rationale) {
}
