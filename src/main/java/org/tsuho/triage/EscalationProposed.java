package org.tsuho.triage;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.tsuho.triage.TriageDecision.Criterion;
import org.tsuho.triage.TriageDecision.Target;

/**
 * The incident-report process reached its escalation step: a case worker's triage proposed referring the case to
 * the police and/or the Ministry of Defense. Published inside the process's transaction.
 *
 * @param proposedBy who decided the triage; separation of duties keeps them from approving it
 * @param rationale  the case worker's reasons (staff text)
 */
public record EscalationProposed(UUID caseId, String caseNumber, String receiptNumber, String proposedBy, Instant proposedAt,
                                 List<Target> targets, List<Criterion> criteria, boolean emergency, String rationale) {
}
