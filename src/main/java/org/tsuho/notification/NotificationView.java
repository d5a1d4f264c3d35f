package org.tsuho.notification;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.tsuho.casefile.CaseSummary;
import org.tsuho.casefile.TimelineEntry;
import org.tsuho.intake.StoredReport;
import org.tsuho.tasks.TaskItem;
import org.tsuho.triage.InformationRequest;

/**
 * Everything the case worker reviewing a notification reads: the notification as filed, the automatic checks,
 * what the registry already holds for each named computer, the requests and answers, earlier reviews, the open
 * review task and the timeline.
 *
 * @param registered for each named system, the computer already in the registry (null: a new computer)
 * @param reviewTask the open review task, if the process waits in review
 */
public record NotificationView(
        CaseSummary kase,
        StoredReport report,
        AssetNotification notification,
        Exclusion exclusion,
        List<SystemLine> systems,
        List<InformationRequest> requests,
        List<Review> reviews,
        TaskItem reviewTask,
        List<TimelineEntry> timeline) {

    /** A named system and, if registered, its current version. */
    public record SystemLine(String name, CriticalComputer registered) {
    }

    /** One recorded review decision. */
    public record Review(String decidedBy, Instant decidedAt, String decision, String rationale, UUID requestId) {
    }
}
