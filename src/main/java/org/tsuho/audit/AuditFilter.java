package org.tsuho.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * What the oversight view narrows the trail to; every part is optional (null).
 *
 * @param from inclusive
 * @param to   exclusive
 */
public record AuditFilter(UUID caseId, String actor, String action, Instant from, Instant to) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null);
    }

    public static AuditFilter ofCase(UUID caseId) {
        return new AuditFilter(caseId, null, null, null, null);
    }
}
