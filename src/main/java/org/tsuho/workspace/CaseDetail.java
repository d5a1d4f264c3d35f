package org.tsuho.workspace;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.tsuho.casefile.CaseStatus;
import org.tsuho.casefile.TimelineEntry;
import org.tsuho.escalation.Disclosure;
import org.tsuho.escalation.Escalation;
import org.tsuho.escalation.Referral;
import org.tsuho.enforcement.ProceedingSummary;
import org.tsuho.intake.ReportView;
import org.tsuho.intake.RequestView;
import org.tsuho.notification.MissingNotification;

/**
 * A case as staff read it (api.md "Cases").
 *
 * @param referrals   one per agency the case was referred to, with acknowledgement and partner feedback
 * @param escalations the proposals and the supervisors' decisions (approval, emergency ratification)
 * @param disclosures the disclosure log: who received which package, when, on what legal basis
 * @param proceedings the penalty proceedings about the case, oldest first
 * @param voluntary   opened by a voluntary report (任意報告): never leads to a proceeding
 * @param missingNotification the systems its incident reports named that the operator never notified
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
        List<Referral> referrals,
        List<ProceedingSummary> proceedings,
        List<Escalation> escalations,
        List<Disclosure> disclosures,
        boolean voluntary,
        MissingNotification missingNotification) {

    public record Company(String id, String name, String sector) {
    }

    public record OpenTaskRef(String id, String taskKey, String name, String assignee, Instant dueAt, boolean overdue) {
    }
}
