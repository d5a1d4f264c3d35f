package org.tsuho.intake;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsuho.audit.AuditTrail;
import org.tsuho.casefile.CaseFiles;
import org.tsuho.casefile.CaseSummary;
import org.tsuho.deadline.Rulebook;
import org.tsuho.deadline.StageDeadline;
import org.tsuho.identity.Actor;
import org.tsuho.platform.error.NotFoundException;

/** Reads reports for the people allowed to: a company only its own (others are "not found"), staff all. */
@Service
public class ReportViews {

    private final Reports reports;
    private final CaseFiles cases;
    private final Rulebook rulebook;
    private final CaseRequests requests;
    private final AuditTrail audit;

    ReportViews(Reports reports, CaseFiles cases, Rulebook rulebook, CaseRequests requests, AuditTrail audit) {
        this.reports = reports;
        this.cases = cases;
        this.rulebook = rulebook;
        this.requests = requests;
        this.audit = audit;
    }

    /** A company reading its own report is not audited; a staff read is (so the transaction is not read-only). */
    @Transactional
    public ReportView get(Actor actor, UUID id) {
        StoredReport report = reports.find(id)
                .filter(r -> !actor.isCompanyUser() || r.companyId().equals(actor.companyId()))
                .orElseThrow(() -> new NotFoundException("report"));
        if (!actor.isCompanyUser()) {
            audit.recordRead(actor, "REPORT", id, report.caseId());
        }
        return view(report);
    }

    @Transactional(readOnly = true)
    public List<ReportView> ofCase(UUID caseId) {
        return reports.ofCase(caseId).stream().map(this::view).toList();
    }

    /** The company's own reports, newest first. */
    @Transactional(readOnly = true)
    public List<ReportView> ofCompany(Actor actor, java.time.Instant beforeAt, UUID beforeId, int limit) {
        return reports.ofCompany(actor.companyId(), beforeAt, beforeId, limit).stream().map(this::view).toList();
    }

    ReportView view(StoredReport report) {
        CaseSummary kase = cases.get(report.caseId());
        List<StageDeadline> deadlines = kase.awareAt() == null ? List.of()
                : rulebook.deadlines(kase.awareAt(), reports.firstSubmittedByStage(report.caseId()));
        return new ReportView(
                report.id(), report.receiptNumber(), report.caseId(), kase.caseNumber(), report.kind(), report.stage(),
                report.relatesTo(), ReportView.RECEIVED, report.category(), report.title(), report.summary(),
                report.submittedAt(), report.submittedBy(), report.awareAt(), report.occurredAt(), report.introducedOn(),
                report.affectedSystems(), report.indicators().stream().map(ReportView.IndicatorView::of).toList(),
                report.tlp().label(), report.shareConsent(), report.contact(), deadlines, report.late(),
                kase.possibleDuplicate() ? kase.relatedCaseNumber() : null, kase.status(), requests.forCase(report.caseId()),
                report.voluntary());
    }
}
