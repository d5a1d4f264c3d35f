package org.tsuho.workspace;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsuho.audit.AuditTrail;
import org.tsuho.casefile.CaseFiles;
import org.tsuho.casefile.CaseSummary;
import org.tsuho.escalation.CaseEscalations;
import org.tsuho.enforcement.ProceedingViews;
import org.tsuho.escalation.EscalationViews;
import org.tsuho.identity.Actor;
import org.tsuho.intake.ReportViews;
import org.tsuho.notification.MissingNotifications;
import org.tsuho.tasks.Tasks;
import org.tsuho.triage.InformationRequests;

/** Assembles {@link CaseDetail} for staff. */
@Service
public class CaseDetails {

    private final CaseFiles cases;
    private final ReportViews reports;
    private final InformationRequests requests;
    private final Tasks tasks;
    private final EscalationViews escalations;
    private final ProceedingViews proceedings;
    private final AuditTrail audit;
    private final MissingNotifications missingNotifications;

    CaseDetails(CaseFiles cases, ReportViews reports, InformationRequests requests, Tasks tasks, EscalationViews escalations,
                ProceedingViews proceedings, AuditTrail audit, MissingNotifications missingNotifications) {
        this.cases = cases;
        this.reports = reports;
        this.requests = requests;
        this.tasks = tasks;
        this.escalations = escalations;
        this.proceedings = proceedings;
        this.audit = audit;
        this.missingNotifications = missingNotifications;
    }

    /** The whole case for a staff reader; the read is audited (so the transaction is not read-only). */
    @Transactional
    public CaseDetail get(Actor reader, UUID id) {
        CaseSummary c = cases.get(id);
        audit.recordRead(reader, "CASE", id, id);
        CaseEscalations escalated = escalations.ofCase(id);
        return new CaseDetail(c.id(), c.caseNumber(), c.status(), new CaseDetail.Company(c.companyId(), c.companyName(), c.sector()),
                c.severity(), c.category(), c.title(), c.tlp(), c.awareAt(), c.createdAt(), c.possibleDuplicate(),
                c.relatedCaseNumber(), reports.ofCase(id), requests.forCase(id), cases.timeline(id),
                tasks.ofCase(id).stream()
                        .map(t -> new CaseDetail.OpenTaskRef(t.id(), t.taskKey(), t.name(), t.assignee(), t.dueAt(), t.overdue()))
                        .toList(),
                escalated.referrals(), proceedings.ofCase(id), escalated.escalations(), escalated.disclosures(),
                c.voluntary(), missingNotifications.of(id));
    }
}
