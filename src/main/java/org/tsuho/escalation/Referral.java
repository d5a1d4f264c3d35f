package org.tsuho.escalation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One agency's referral of a case: the package it received (see {@link ReferralPackage}), its acknowledgement, the
 * reminder when none came in time, and the partner's feedback.
 *
 * @param tlp           TLP 2.0 label of the package, never below the reports' own
 * @param legalBasis    the provision the disclosure rests on
 * @param shareConsent  whether the operator consented to onward sharing (its latest report)
 * @param packageDigest SHA-256 of the package as sent, so the disclosure log names exactly what was delivered
 */
public record Referral(
        UUID id,
        UUID escalationId,
        UUID caseId,
        String caseNumber,
        Agency agency,
        ReferralStatus status,
        String tlp,
        String legalBasis,
        boolean shareConsent,
        boolean emergency,
        String packageDigest,
        String sentBy,
        Instant sentAt,
        String acknowledgedBy,
        Instant acknowledgedAt,
        String acknowledgementReference,
        String acknowledgementNote,
        Instant remindedAt,
        String followedUpBy,
        Instant followedUpAt,
        String followUpNote,
        Instant closedAt,
        Instant withdrawnAt,
        List<FeedbackEntry> feedback) {
}
