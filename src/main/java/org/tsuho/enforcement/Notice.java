package org.tsuho.enforcement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A notice as served.
 *
 * @param respondBy       INTENDED_DISPOSITION: the end of the explanation period
 * @param complianceDueAt DISPOSITION of an ORDER: the compliance deadline
 * @param appealBy        DISPOSITION: the last day to appeal (審査請求), counted from the day after service
 */
public record Notice(UUID id, String number, UUID proceedingId, String companyId, NoticeType type, Disposition disposition,
                     Long fineYen, Instant respondBy, Instant complianceDueAt, LocalDate appealBy, NoticeDocument document,
                     String issuedBy, Instant issuedAt) {
}
