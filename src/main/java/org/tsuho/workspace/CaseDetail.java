package org.tsuho.workspace;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.tsuho.casefile.CaseStatus;
import org.tsuho.casefile.TimelineEntry;
import org.tsuho.intake.ReportView;
import org.tsuho.intake.RequestView;

/** A case as staff read it (api.md "Cases"). Referrals and proceedings fill in as those modules arrive. */
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
        List<Object> proceedings) {

    public record Company(String id, String name, String sector) {
    }

    public record OpenTaskRef(String id, String taskKey, String name, String assignee, Instant dueAt, boolean overdue) {
    }
}
