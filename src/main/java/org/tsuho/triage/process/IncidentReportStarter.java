package org.tsuho.triage.process;

import static org.tsuho.triage.process.IncidentReportProcess.CASE_ID;
import static org.tsuho.triage.process.IncidentReportProcess.CASE_NUMBER;
import static org.tsuho.triage.process.IncidentReportProcess.RECEIPT_NUMBER;
import static org.tsuho.triage.process.IncidentReportProcess.REPORT_ID;

import java.util.Map;
import org.operaton.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.tsuho.intake.ReportKind;
import org.tsuho.intake.ReportReceived;
import org.tsuho.triage.InformationProvided;

/**
 * Starts the incident-report process for each new incident case, and delivers the company's answers to the
 * process waiting for them. Both run inside the transaction that filed the report or answer.
 */
@Component
class IncidentReportStarter {

    private final RuntimeService runtime;

    IncidentReportStarter(RuntimeService runtime) {
        this.runtime = runtime;
    }

    @EventListener
    void on(ReportReceived received) {
        if (received.kind() != ReportKind.INCIDENT || !received.newCase()) {
            return;
        }
        String receiptNumber = received.report().receiptNumber();
        runtime.startProcessInstanceByKey(IncidentReportProcess.KEY, received.caseNumber(), Map.of(
                CASE_ID, received.caseId().toString(),
                CASE_NUMBER, received.caseNumber(),
                REPORT_ID, received.reportId().toString(),
                RECEIPT_NUMBER, receiptNumber));
    }

    @EventListener
    void on(InformationProvided provided) {
        runtime.createMessageCorrelation(IncidentReportProcess.MESSAGE_INFORMATION_PROVIDED)
                .processInstanceVariableEquals(IncidentReportProcess.REQUEST_ID, provided.requestId().toString())
                .correlateAll();
    }
}
