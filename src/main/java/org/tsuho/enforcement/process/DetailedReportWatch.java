package org.tsuho.enforcement.process;

import static org.tsuho.enforcement.process.PenaltyProceedingProcess.CASE_ID;
import static org.tsuho.enforcement.process.PenaltyProceedingProcess.CASE_NUMBER;
import static org.tsuho.enforcement.process.PenaltyProceedingProcess.DETAILED_DUE_AT;

import java.util.Date;
import java.util.Map;
import org.operaton.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.tsuho.deadline.Stage;
import org.tsuho.enforcement.FailureDetection;
import org.tsuho.intake.ReportKind;
import org.tsuho.intake.ReportReceived;

/**
 * One timer per incident case of a designated operator: a watch started with the flash report waits for the detailed
 * report until its deadline, when a missing report becomes a failure. The detailed report ends the watch early.
 * Its business key is the flash report's receipt number, so the case's own processes keep the case number to
 * themselves.
 */
@Component
class DetailedReportWatch {

    private final RuntimeService runtime;
    private final FailureDetection detection;

    DetailedReportWatch(RuntimeService runtime, FailureDetection detection) {
        this.runtime = runtime;
        this.detection = detection;
    }

    @EventListener
    void on(ReportReceived received) {
        detection.detailedReportDue(received).ifPresent(due -> runtime.startProcessInstanceByKey(PenaltyProceedingProcess.WATCH_KEY,
                received.report().receiptNumber(), Map.of(
                        CASE_ID, received.caseId().toString(),
                        CASE_NUMBER, received.caseNumber(),
                        DETAILED_DUE_AT, Date.from(due))));
        if (received.kind() == ReportKind.INCIDENT && received.stage() == Stage.DETAILED) {
            runtime.createMessageCorrelation(PenaltyProceedingProcess.MESSAGE_DETAILED_REPORT_FILED)
                    .processInstanceVariableEquals(CASE_ID, received.caseId().toString())
                    .correlateAll();
        }
    }
}
