package org.tsuho.workspace;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.tsuho.casefile.CaseStatus;
import org.tsuho.casefile.TimelineEntry;
import org.tsuho.intake.ReportView;
import org.tsuho.intake.RequestView;
import org.tsuho.notification.MissingNotification;
import org.tsuho.notification.ProceedingRequest;

/**
 * A case as staff read it (api.md "Cases"). Referrals and proceedings fill in as those modules arrive.
 * {@code voluntary}: opened by a voluntary report (任意報告), never leads to a proceeding;
 * {@code missingNotification}: systems its incident reports named that the operator never notified;
 * {@code proceedingRequests}: proceedings requested on the case until the penalty-proceeding module opens them.
 */
public record CaseDetail(
        UUID id,
        String caseNumber,
        CaseStatus status,
        Company company,
        Integer severity,
        String category,
        String title,
        String tlp,
        Instant awareAt,
        Instant createdAt,
        boolean possibleDuplicate,
        String relatedCaseNumber,
        List<ReportView> reports,
        List<RequestView> requests,
        List<TimelineEntry> timeline,
        List<OpenTaskRef> openTasks,
        List<Object> referrals,
        List<Object> proceedings,
        boolean voluntary,
        MissingNotification missingNotification,
        List<ProceedingRequest> proceedingRequests) {

    public record Company(String id, String name, String sector) {
    }

    public record OpenTaskRef(String id, String taskKey, String name, String assignee, Instant dueAt, boolean overdue) {
    }
}
