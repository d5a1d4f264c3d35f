package org.tsuho.enforcement;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.tsuho.casefile.CaseSummary;
import org.tsuho.deadline.Rulebook;
import org.tsuho.deadline.Stage;
import org.tsuho.intake.Reports;
import org.tsuho.intake.StoredReport;

/** Every failure a case shows now: its late reports, and a detailed report missing past its deadline. */
@Component
class CaseFailures {

    private final Reports reports;
    private final Rulebook rulebook;
    private final Clock clock;

    CaseFailures(Reports reports, Rulebook rulebook, Clock clock) {
        this.reports = reports;
        this.rulebook = rulebook;
        this.clock = clock;
    }

    List<Failure> of(CaseSummary kase) {
        List<Failure> failures = new ArrayList<>();
        if (kase.awareAt() == null) {
            return failures;
        }
        for (StoredReport report : reports.ofCase(kase.id())) {
            if (report.late() && report.stage() != null) {
                failures.add(Failure.lateReport(report.stage(), report.receiptNumber(), rulebook.dueAt(report.stage(), kase.awareAt())));
            }
        }
        Map<Stage, Instant> first = reports.firstSubmittedByStage(kase.id());
        Instant detailedDue = rulebook.dueAt(Stage.DETAILED, kase.awareAt());
        if (first.containsKey(Stage.FLASH) && !first.containsKey(Stage.DETAILED) && clock.instant().isAfter(detailedDue)) {
            failures.add(Failure.missingReport(Stage.DETAILED, kase.caseNumber(), detailedDue));
        }
        return failures;
    }
}
