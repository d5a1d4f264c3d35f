package org.tsuho.triage;

import java.util.UUID;

/**
 * A case worker's triage decided to open a penalty proceeding; the enforcement module opens it (or adds to the one
 * already open for the case). Published inside the incident-report process's transaction.
 *
 * @param requestedBy who decided the triage
 * @param rationale   the case worker's reasons (staff text), kept as the proceeding's grounds
 */
public record ProceedingRequested(UUID caseId, String requestedBy, String rationale) {
}
