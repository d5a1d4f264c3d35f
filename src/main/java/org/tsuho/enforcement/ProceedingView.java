package org.tsuho.enforcement;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A proceeding as staff read it (api.md "Penalty proceedings"): its failures and notices, plus the grounds staff gave,
 * the notice drafts with their approvals, the company's explanation and the supervisors' decisions.
 *
 * @param regime     {@code jp-acd} or {@code administrative-fine}, fixed when the proceeding opened
 * @param maxFineYen the highest fine the proceeding allows: the cap times the number of failures
 */
public record ProceedingView(
        UUID id,
        String number,
        ProceedingStatus status,
        String regime,
        String companyId,
        String companyName,
        UUID caseId,
        String caseNumber,
        String openedBy,
        Instant openedAt,
        Instant closedAt,
        long maxFineYen,
        List<ListedFailure> failures,
        List<Grounds> grounds,
        List<NoticeDraft> drafts,
        List<NoticeView> notices,
        Explanation explanation,
        List<ProceedingDecision> decisions) {
}
