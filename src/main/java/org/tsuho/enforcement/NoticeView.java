package org.tsuho.enforcement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A notice as its company (and staff) read it: api.md's fields, the document in its sections, the explanation given
 * on it, and whether one can still be given.
 *
 * @param explanationOpen an INTENDED_DISPOSITION notice that can still be answered now
 * @param proceedingStatus where the proceeding stands, so the company sees its outcome
 */
public record NoticeView(
        UUID id,
        String number,
        NoticeType type,
        UUID proceedingId,
        String proceedingNumber,
        String companyId,
        Instant issuedAt,
        Instant respondBy,
        LocalDate appealBy,
        Disposition disposition,
        Long fineYen,
        Instant complianceDueAt,
        String text,
        NoticeDocument document,
        Explanation explanation,
        boolean explanationOpen,
        ProceedingStatus proceedingStatus) {
}
