package org.tsuho.escalation;

/**
 * A liaison's feedback on a referral ({@code POST /api/v1/referrals/{id}/feedback}).
 *
 * @param type one of {@link FeedbackType}
 * @param note optional
 */
public record FeedbackInput(String type, String note) {
}
