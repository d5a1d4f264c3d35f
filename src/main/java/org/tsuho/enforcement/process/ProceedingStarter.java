package org.tsuho.enforcement.process;

import static org.tsuho.enforcement.process.PenaltyProceedingProcess.CASE_ID;
import static org.tsuho.enforcement.process.PenaltyProceedingProcess.CASE_NUMBER;
import static org.tsuho.enforcement.process.PenaltyProceedingProcess.PROCEEDING_ID;
import static org.tsuho.enforcement.process.PenaltyProceedingProcess.PROCEEDING_NUMBER;
import static org.tsuho.enforcement.process.PenaltyProceedingProcess.RECEIPT_NUMBER;

import java.util.HashMap;
import java.util.Map;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.tsuho.enforcement.DispositionRevoked;
import org.tsuho.enforcement.EnforcementSteps;
import org.tsuho.enforcement.ExplanationSubmitted;
import org.tsuho.enforcement.OrderComplied;
import org.tsuho.enforcement.ProceedingOpened;
import org.tsuho.platform.process.ProcessStarts;

/**
 * Starts the penalty-proceeding process for each new proceeding, delivers the company's explanation and its
 * compliance with an order to the process waiting for them, and ends it when an appeal revokes
 * the disposition. All inside the transaction that caused them.
 */
@Component
class ProceedingStarter {

    private final ProcessStarts starts;
    private final RuntimeService runtime;
    private final EnforcementSteps steps;

    ProceedingStarter(ProcessStarts starts, RuntimeService runtime, EnforcementSteps steps) {
        this.starts = starts;
        this.runtime = runtime;
        this.steps = steps;
    }

    @EventListener
    void on(ProceedingOpened opened) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(PROCEEDING_ID, opened.proceedingId().toString());
        variables.put(PROCEEDING_NUMBER, opened.number());
        variables.put(CASE_ID, opened.caseId().toString());
        variables.put(CASE_NUMBER, opened.caseNumber());
        variables.put(RECEIPT_NUMBER, opened.receiptNumber());
        ProcessInstance instance = starts.start(PenaltyProceedingProcess.KEY, opened.number(), variables);
        steps.attachProcess(opened.proceedingId(), instance.getId());
    }

    @EventListener
    void on(ExplanationSubmitted submitted) {
        correlate(PenaltyProceedingProcess.MESSAGE_EXPLANATION_RECEIVED, submitted.proceedingId().toString());
    }

    @EventListener
    void on(OrderComplied complied) {
        correlate(PenaltyProceedingProcess.MESSAGE_ORDER_COMPLIED, complied.proceedingId().toString());
    }

    /** A revoked disposition has nothing left to watch or decide: its process ends, and its open tasks with it. */
    @EventListener
    void on(DispositionRevoked revoked) {
        if (revoked.processInstanceId() != null
                && runtime.createProcessInstanceQuery().processInstanceId(revoked.processInstanceId()).count() > 0) {
            runtime.deleteProcessInstance(revoked.processInstanceId(), "disposition revoked by appeal " + revoked.appealNumber());
        }
    }

    /** Only a process waiting for the message takes it; the services check the state before publishing. */
    private void correlate(String message, String proceedingId) {
        runtime.createMessageCorrelation(message)
                .processInstanceVariableEquals(PROCEEDING_ID, proceedingId)
                .correlateAll();
    }
}
