package org.tsuho.enforcement;

import java.time.Instant;
import java.util.UUID;

/** A notice as an appeal sees it: which proceeding and case it belongs to, and what it disposed. */
public record DisposedNotice(UUID noticeId, String noticeNumber, NoticeType type, UUID proceedingId, String proceedingNumber,
                             UUID caseId, String caseNumber, String companyId, Disposition disposition, Long fineYen,
                             Instant issuedAt, ProceedingStatus proceedingStatus) {
}
