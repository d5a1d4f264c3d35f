package org.tsuho.notification;

/**
 * The body that completes a {@code review-notification} task. Text fields so every invalid one can be reported
 * at once.
 *
 * @param decision  ACCEPT or REQUEST_INFORMATION
 * @param rationale optional note on the decision
 * @param question  the question to the operator (REQUEST_INFORMATION)
 */
public record NotificationReviewDecision(String decision, String rationale, String question) {

    public enum Decision {
        ACCEPT, REQUEST_INFORMATION
    }
}
