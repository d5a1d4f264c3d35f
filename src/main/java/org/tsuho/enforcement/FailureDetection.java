package org.tsuho.enforcement;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsuho.casefile.CaseFiles;
import org.tsuho.casefile.CaseSummary;
import org.tsuho.deadline.Rulebook;
import org.tsuho.deadline.Stage;
import org.tsuho.identity.Actor;
import org.tsuho.intake.ReportKind;
import org.tsuho.intake.ReportReceived;
import org.tsuho.intake.Reports;
import org.tsuho.intake.StoredReport;
import org.tsuho.platform.error.InvalidInputException;
import org.tsuho.registry.Operator;
import org.tsuho.registry.Operators;
import org.tsuho.triage.ProceedingRequested;

/**
 * Finds failures to report: a late flash or detailed report (at intake), a detailed report still missing at its
 * deadline (the watch in the incident-report process), and every failure of a case when a case worker asks for a proceeding.
 * Also notices when a missing report finally arrives, which is how a company complies with an order.
 * Voluntary reporters (operators not designated) owe nothing and are never watched.
 */
@Service
public class FailureDetection {

    /** Who the timeline names when the system opens a proceeding. */
    static final Actor SYSTEM = new Actor("system", "system", Set.of(), null);

    private final Proceedings proceedings;
    private final CaseFailures caseFailures;
    private final ProceedingStore store;
    private final Reports reports;
    private final CaseFiles cases;
    private final Operators operators;
    private final Rulebook rulebook;
    private final ApplicationEventPublisher events;

    FailureDetection(Proceedings proceedings, CaseFailures caseFailures, ProceedingStore store, Reports reports, CaseFiles cases, Operators operators,
                     Rulebook rulebook, ApplicationEventPublisher events) {
        this.proceedings = proceedings;
        this.caseFailures = caseFailures;
        this.store = store;
        this.reports = reports;
        this.cases = cases;
        this.operators = operators;
        this.rulebook = rulebook;
        this.events = events;
    }

    /**
     * Inside the intake transaction: a late report opens (or joins) a proceeding, and a detailed report is checked
     * against proceedings waiting for it. A late detailed report that a proceeding already lists as missing is the
     * same failure, not a second one.
     */
    @EventListener
    void on(ReportReceived received) {
        // A voluntary report is one whose operator was not designated when it was filed, in this transaction.
        StoredReport report = received.report();
        if (received.kind() != ReportKind.INCIDENT || report.voluntary()) {
            return;
        }
        boolean listedAsMissing = false;
        if (report.stage() == Stage.DETAILED) {
            listedAsMissing = missingReportFiled(received.caseNumber(), report.submittedAt());
        }
        if (report.late() && !listedAsMissing) {
            CaseSummary kase = cases.get(received.caseId());
            proceedings.open(received.companyId(), received.caseId(),
                    List.of(Failure.lateReport(report.stage(), report.receiptNumber(), rulebook.dueAt(report.stage(), kase.awareAt()))),
                    SYSTEM, null);
        }
    }

    /** A case worker's triage asked for a proceeding about the case, with every failure the case shows so far. */
    @EventListener
    void on(ProceedingRequested requested) {
        CaseSummary kase = cases.get(requested.caseId());
        if (!designated(kase.companyId())) {
            throw new InvalidInputException("decision", "error.voluntaryReporter");
        }
        proceedings.open(kase.companyId(), kase.id(), caseFailures.of(kase),
                new Actor(requested.requestedBy(), requested.requestedBy(), Set.of(), null), requested.rationale());
    }

    /** The detailed report's deadline passed: if it is still missing, that is a failure. */
    @Transactional
    public void detailedDeadlinePassed(UUID caseId) {
        CaseSummary kase = cases.get(caseId);
        if (designated(kase.companyId()) && !reports.firstSubmittedByStage(caseId).containsKey(Stage.DETAILED)) {
            proceedings.open(kase.companyId(), caseId,
                    List.of(Failure.missingReport(Stage.DETAILED, kase.caseNumber(), rulebook.dueAt(Stage.DETAILED, kase.awareAt()))),
                    SYSTEM, null);
        }
    }

    /**
     * The detailed report of a case arrived: every proceeding listing it as missing records the filing, and an order
     * waiting for it is complied with once nothing else it requires is missing. Returns whether any proceeding listed
     * it (its lateness is then that same failure, not a new one).
     */
    private boolean missingReportFiled(String caseNumber, Instant filedAt) {
        List<Proceeding> waiting = store.awaitingFiling(FailureType.MISSING_REPORT, caseNumber);
        for (Proceeding proceeding : waiting) {
            store.filed(proceeding.id(), FailureType.MISSING_REPORT, caseNumber, filedAt);
            cases.record(proceeding.caseId(), SYSTEM.username(), "MISSING_REPORT_FILED", proceeding.number());
            if (proceeding.status() == ProceedingStatus.COMPLIANCE_WATCH && store.outstanding(proceeding.id()) == 0) {
                events.publishEvent(new OrderComplied(proceeding.id()));
            }
        }
        return !waiting.isEmpty();
    }

    /**
     * The company notified a system that a proceeding lists as never notified (MISSING_NOTIFICATION, by the name
     * it carries there): as for a missing report, the proceeding records the filing, and an order waiting for it is
     * complied with once nothing else it requires is missing.
     */
    @Transactional
    public void notificationFiled(String companyId, String reference, Instant filedAt) {
        for (Proceeding proceeding : store.awaitingFiling(FailureType.MISSING_NOTIFICATION, reference)) {
            if (!proceeding.companyId().equals(companyId)) {
                continue;
            }
            store.filed(proceeding.id(), FailureType.MISSING_NOTIFICATION, reference, filedAt);
            cases.record(proceeding.caseId(), SYSTEM.username(), "MISSING_NOTIFICATION_FILED", proceeding.number());
            if (proceeding.status() == ProceedingStatus.COMPLIANCE_WATCH && store.outstanding(proceeding.id()) == 0) {
                events.publishEvent(new OrderComplied(proceeding.id()));
            }
        }
    }

    private boolean designated(String companyId) {
        return operators.find(companyId).map(Operator::designated).orElse(false);
    }
}
