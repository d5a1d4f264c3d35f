package org.tsuho.escalation;

/**
 * The body that completes an {@code acknowledge-referral} task (api.md).
 *
 * @param reference the agency's own reference for the referral
 * @param note      optional
 */
public record ReferralAcknowledgement(String reference, String note) {
}
