package org.tsuho.notification.process;

import static org.tsuho.notification.process.AssetNotificationProcess.CASE_ID;
import static org.tsuho.notification.process.AssetNotificationProcess.CASE_NUMBER;
import static org.tsuho.notification.process.AssetNotificationProcess.RECEIPT_NUMBER;
import static org.tsuho.notification.process.AssetNotificationProcess.REPORT_ID;
import static org.tsuho.notification.process.AssetNotificationProcess.REQUEST_ID;

import java.util.Map;
import org.operaton.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.tsuho.intake.ReportKind;
import org.tsuho.intake.ReportReceived;
import org.tsuho.triage.InformationProvided;
import org.tsuho.platform.process.ProcessStarts;

/**
 * Starts the asset-notification process for each notification, and delivers the company's answer to a
 * notification's request for information. Both run inside the transaction that filed the notification or answer.
 */
@Component
class AssetNotificationStarter {

    private final ProcessStarts starts;
    private final RuntimeService runtime;

    AssetNotificationStarter(ProcessStarts starts, RuntimeService runtime) {
        this.starts = starts;
        this.runtime = runtime;
    }

    @EventListener
    void on(ReportReceived received) {
        if (received.kind() != ReportKind.ASSET_NOTIFICATION) {
            return;
        }
        String receiptNumber = received.report().receiptNumber();
        starts.start(AssetNotificationProcess.KEY, received.caseNumber(), Map.of(
                CASE_ID, received.caseId().toString(),
                CASE_NUMBER, received.caseNumber(),
                REPORT_ID, received.reportId().toString(),
                RECEIPT_NUMBER, receiptNumber));
    }

    /** Answers to the incident-report process's requests find no notification waiting for them, and the reverse. */
    @EventListener
    void on(InformationProvided provided) {
        runtime.createMessageCorrelation(AssetNotificationProcess.MESSAGE_INFORMATION_PROVIDED)
                .processInstanceVariableEquals(REQUEST_ID, provided.requestId().toString())
                .correlateAll();
    }
}
