package org.tsuho.triage.process;

import static org.tsuho.triage.process.IncidentReportProcess.CASE_ID;
import static org.tsuho.triage.process.IncidentReportProcess.CASE_NUMBER;
import static org.tsuho.triage.process.IncidentReportProcess.DETAILED_DUE_AT;
import static org.tsuho.triage.process.IncidentReportProcess.RECEIPT_NUMBER;
import static org.tsuho.triage.process.IncidentReportProcess.REPORT_ID;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.operaton.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.tsuho.deadline.Rulebook;
import org.tsuho.deadline.Stage;
import org.tsuho.intake.ReportKind;
import org.tsuho.intake.ReportReceived;
import org.tsuho.platform.process.ProcessStarts;
import org.tsuho.triage.InformationProvided;

/**
 * Starts the incident-report process for each new incident case, with the detailed report's deadline when one is
 * owed; ends that watch when the detailed report arrives; and delivers the company's answers to the process waiting
 * for them. All inside the transaction that filed the report or answer.
 */
@Component
class IncidentReportStarter {

    private final ProcessStarts starts;
    private final RuntimeService runtime;
    private final Rulebook rulebook;

    IncidentReportStarter(ProcessStarts starts, RuntimeService runtime, Rulebook rulebook) {
        this.starts = starts;
        this.runtime = runtime;
        this.rulebook = rulebook;
    }

    @EventListener
    void on(ReportReceived received) {
        if (received.kind() != ReportKind.INCIDENT) {
            return;
        }
        if (received.newCase()) {
            start(received);
        } else if (received.stage() == Stage.DETAILED) {
            // Any watch of the case ends; a case whose watch already ended (or never began) has no subscription.
            runtime.createMessageCorrelation(IncidentReportProcess.MESSAGE_DETAILED_REPORT_FILED)
                    .processInstanceBusinessKey(received.caseNumber())
                    .correlateAll();
        }
    }

    private void start(ReportReceived received) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(CASE_ID, received.caseId().toString());
        variables.put(CASE_NUMBER, received.caseNumber());
        variables.put(REPORT_ID, received.reportId().toString());
        variables.put(RECEIPT_NUMBER, received.report().receiptNumber());
        // The report opened the case, so the case's awareness time is the report's.
        variables.put(DETAILED_DUE_AT, received.detailedReportOwed()
                ? Date.from(rulebook.dueAt(Stage.DETAILED, received.report().awareAt())) : null);
        starts.start(IncidentReportProcess.KEY, received.caseNumber(), variables);
    }

    @EventListener
    void on(InformationProvided provided) {
        runtime.createMessageCorrelation(IncidentReportProcess.MESSAGE_INFORMATION_PROVIDED)
                .processInstanceVariableEquals(IncidentReportProcess.REQUEST_ID, provided.requestId().toString())
                .correlateAll();
    }
}
