package org.tsuho.enforcement;

import java.time.Instant;
import java.util.UUID;

/**
 * A supervisor's decision with its reasons.
 *
 * @param decision NO_ACTION, ORDER or ADMINISTRATIVE_FINE for a disposition; REFER or DO_NOT_REFER for a referral
 */
public record ProceedingDecision(UUID id, DecisionKind kind, String decision, String reasons, Integer complianceDays, Long fineYen,
                                 String decidedBy, Instant decidedAt) {

    static final String REFER = "REFER";
    static final String DO_NOT_REFER = "DO_NOT_REFER";
}
