package org.tsuho.enforcement;

import java.time.Instant;
import java.util.UUID;

/** A penalty proceeding against one company about one case. */
public record Proceeding(UUID id, String number, String companyId, UUID caseId, PenaltyRegime regime, ProceedingStatus status,
                         String openedBy, Instant openedAt, Instant closedAt) {
}
