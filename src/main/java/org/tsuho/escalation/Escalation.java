package org.tsuho.escalation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A proposal to refer a case, and what the supervisors decided on it.
 *
 * @param criteria          the triage criteria (LIFE_SAFETY_RISK, ONGOING_ATTACK_INFRASTRUCTURE, ...)
 * @param emergency         referred at once by one supervisor, ratified afterwards by a second
 * @param approved          null until a supervisor decides
 * @param requestedTlp      the TLP label the approving supervisor asked for, if any (the referral is never below the report's)
 * @param ratified          null until the second supervisor decides on an emergency referral
 * @param ratificationOverdueAt when the ratification time passed without a decision and all supervisors were alerted
 */
public record Escalation(
        UUID id,
        UUID caseId,
        EscalationStatus status,
        List<Agency> targets,
        List<String> criteria,
        boolean emergency,
        String proposedBy,
        Instant proposedAt,
        String proposalRationale,
        String decidedBy,
        Instant decidedAt,
        Boolean approved,
        String decisionRationale,
        String requestedTlp,
        Instant ratificationDueAt,
        String ratifiedBy,
        Instant ratifiedAt,
        Boolean ratified,
        String ratificationRationale,
        Instant ratificationOverdueAt,
        Instant concludedAt) {
}
