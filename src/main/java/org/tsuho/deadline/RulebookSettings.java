package org.tsuho.deadline;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The rulebook ({@code rulebook.yml}). Values the law leaves to a ministerial order that was not verified are
 * marked {@code verified: false} and shown as such to staff.
 *
 * @param penaltyRegime      {@code jp-acd} (order, then referral for the court fine) or {@code administrative-fine}
 * @param flashReport        速報: counted from awareness
 * @param detailedReport     詳報: counted from awareness
 * @param informationRequest 照会: the company's time to answer
 * @param answerReminder     照会: when the company is reminded of an unanswered request
 * @param triageUnassessed   triage SLA before any severity is known
 * @param triageBySeverity   triage SLA for severities 0–5
 * @param escalationDecision        a supervisor's decision on a proposed escalation
 * @param emergencyReferral         the same decision when the proposal is an emergency
 * @param emergencyRatification     a second supervisor ratifies an emergency referral afterwards
 * @param escalationAcknowledgement the police or MOD liaison acknowledges a referral
 * @param penalty                   fine cap, explanation period, appeal window and 教示 of penalty proceedings
 * @param retention          how long each record class is kept after the case closed, by class name
 *                           ({@code contact-data}, {@code attachments}, {@code engine-history})
 * @param notificationReview        届出: the case worker's time to review an asset notification
 */
@Validated
@ConfigurationProperties("tsuho.rulebook")
public record RulebookSettings(
        String penaltyRegime,
        Rule flashReport,
        Rule detailedReport,
        Rule informationRequest,
        Rule answerReminder,
        Rule triageUnassessed,
        Map<Integer, Rule> triageBySeverity,
        Rule escalationDecision,
        Rule emergencyReferral,
        Rule emergencyRatification,
        Rule escalationAcknowledgement,
        PenaltyRules penalty,
        Map<String, RetentionRule> retention,
        Rule notificationReview) {
}
