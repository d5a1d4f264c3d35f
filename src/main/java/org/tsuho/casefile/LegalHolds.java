package org.tsuho.casefile;

import java.util.UUID;

/**
 * Something that keeps a case's records from being cleared when their retention period ends: a manual hold
 * ({@link ManualLegalHolds}), an open penalty proceeding, a pending appeal. Each module that can hold a case
 * provides one as a bean; {@link RetentionJob} asks them all.
 */
public interface LegalHolds {

    /** Whether this case must keep its records for now. */
    boolean holds(UUID caseId);
}
