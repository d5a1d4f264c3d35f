package org.tsuho.casefile;

import java.time.Instant;
import java.util.UUID;

/** A case as lists and other modules see it. {@code voluntary}: opened by a voluntary report (任意報告). */
public record CaseSummary(
        UUID id,
        String caseNumber,
        String companyId,
        String companyName,
        String sector,
        CaseStatus status,
        Integer severity,
        String category,
        String title,
        String tlp,
        Instant awareAt,
        UUID relatedCaseId,
        String relatedCaseNumber,
        boolean possibleDuplicate,
        Instant createdAt,
        Instant updatedAt,
        boolean voluntary) {
}
