package org.tsuho.enforcement;

import java.time.Instant;
import java.util.UUID;

/**
 * A case worker's draft of the notice of intended disposition and, once decided, the supervisor's approval or
 * rejection (a rejected draft sends the task back to the case workers).
 */
public record NoticeDraft(UUID id, Disposition disposition, String facts, String legalBasis, int responseDays, Long fineYen,
                          String preparedBy, Instant preparedAt, Boolean approved, String decidedBy, Instant decidedAt,
                          String decisionRationale) {
}
