package org.tsuho.enforcement;

import java.time.Instant;
import java.util.UUID;

/** A proceeding in lists and on its case. */
public record ProceedingSummary(UUID id, String number, ProceedingStatus status, String regime, String companyId, String companyName,
                                UUID caseId, String caseNumber, Instant openedAt, Instant closedAt, int failures) {
}
