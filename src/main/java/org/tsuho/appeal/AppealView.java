package org.tsuho.appeal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An appeal as the company and staff read it: api.md's fields ({@code id, number, status, timely, deadline,
 * examiner, ruling, ruledAt}), the appealed notice and proceeding, the examination record and the submissions.
 *
 * @param rebuttalOpen the company may still submit its rebuttal
 */
public record AppealView(
        UUID id,
        String number,
        AppealStatus status,
        boolean timely,
        LocalDate deadline,
        UUID noticeId,
        String noticeNumber,
        UUID proceedingId,
        String proceedingNumber,
        UUID caseId,
        String caseNumber,
        String companyId,
        LocalDate learnedOn,
        LocalDate filedOn,
        String grounds,
        String lateReason,
        String examiner,
        String agencyStatement,
        String oralStatement,
        String opinion,
        Ruling recommendedRuling,
        Ruling ruling,
        String rulingReasons,
        Long variedFineYen,
        String ruledBy,
        Instant ruledAt,
        UUID rulingNoticeId,
        Instant filedAt,
        List<Submission> submissions,
        boolean rebuttalOpen) {
}
