package org.tsuho.enforcement;

import java.util.UUID;

/**
 * A notice was served on its company (announced once, in the transaction that recorded it; serving again after an
 * engine retry announces nothing). Its PDF comes from {@link NoticeViews#servedPdf(UUID)}.
 */
public record NoticeServed(UUID noticeId, String number, NoticeType type, UUID proceedingId, UUID caseId, String companyId) {
}
