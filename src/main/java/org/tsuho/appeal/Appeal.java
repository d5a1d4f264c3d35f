package org.tsuho.appeal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An appeal as stored. */
record Appeal(UUID id, String number, UUID noticeId, UUID proceedingId, UUID caseId, String companyId, LocalDate learnedOn,
              LocalDate filedOn, LocalDate deadline, boolean timely, String grounds, String lateReason, AppealStatus status,
              String examiner, String assignedBy, String agencyStatement, String oralStatement, String opinion,
              Ruling recommendedRuling, Instant examinedAt, Ruling ruling, String rulingReasons, Long variedFineYen, String ruledBy,
              Instant ruledAt, UUID rulingNoticeId, String processInstanceId, String filedBy, Instant filedAt) {
}
