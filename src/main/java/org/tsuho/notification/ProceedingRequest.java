package org.tsuho.notification;

import java.time.Instant;
import java.util.UUID;

/**
 * A case worker's request to open a penalty proceeding, recorded until the penalty-proceeding module exists to
 * open it.
 *
 * @param failureType the failure of api.md's proceedings ({@code MISSING_NOTIFICATION})
 * @param reference   what failed: the systems never notified
 */
public record ProceedingRequest(UUID id, UUID caseId, String companyId, String failureType, String reference, String grounds,
                                String requestedBy, Instant requestedAt) {
}
