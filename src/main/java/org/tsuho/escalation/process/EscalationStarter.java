package org.tsuho.escalation.process;

import static org.tsuho.escalation.process.EscalationProcess.CASE_ID;
import static org.tsuho.escalation.process.EscalationProcess.CASE_NUMBER;
import static org.tsuho.escalation.process.EscalationProcess.EMERGENCY;
import static org.tsuho.escalation.process.EscalationProcess.ESCALATION_ID;
import static org.tsuho.escalation.process.EscalationProcess.PROPOSER;
import static org.tsuho.escalation.process.EscalationProcess.RECEIPT_NUMBER;
import static org.tsuho.escalation.process.EscalationProcess.REFERRAL_ID;
import static org.tsuho.escalation.process.EscalationProcess.TARGETS;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.runtime.EventSubscription;
import org.operaton.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.tsuho.escalation.EscalationSteps;
import org.tsuho.escalation.Escalations;
import org.tsuho.escalation.ReferralClosed;
import org.tsuho.triage.EscalationProposed;
import org.tsuho.platform.process.ProcessStarts;

/**
 * Starts an escalation process for each proposal (inside the incident-report process's transaction), and tells the
 * process when a partner closes its referral.
 */
@Component
class EscalationStarter {

    private final ProcessStarts starts;
    private final RuntimeService runtime;
    private final EscalationSteps steps;
    private final Escalations escalations;

    EscalationStarter(ProcessStarts starts, RuntimeService runtime, EscalationSteps steps, Escalations escalations) {
        this.starts = starts;
        this.runtime = runtime;
        this.steps = steps;
        this.escalations = escalations;
    }

    @EventListener
    void on(EscalationProposed proposed) {
        UUID escalationId = steps.propose(proposed);
        ProcessInstance instance = starts.start(EscalationProcess.KEY, proposed.caseNumber(), Map.of(
                CASE_ID, proposed.caseId().toString(),
                CASE_NUMBER, proposed.caseNumber(),
                RECEIPT_NUMBER, proposed.receiptNumber(),
                ESCALATION_ID, escalationId.toString(),
                PROPOSER, proposed.proposedBy(),
                TARGETS, proposed.targets().stream().map(Enum::name).collect(Collectors.joining(",")),
                EMERGENCY, proposed.emergency()));
        steps.attachProcess(escalationId, instance.getId());
    }

    /** The referral's branch waits in a receive task; the branch is found by its {@code referralId}. */
    @EventListener
    void on(ReferralClosed closed) {
        String processInstanceId = escalations.processInstanceOf(closed.escalationId());
        for (EventSubscription waiting : runtime.createEventSubscriptionQuery().processInstanceId(processInstanceId)
                .eventType("message").eventName(EscalationProcess.MESSAGE_REFERRAL_CLOSED).list()) {
            if (closed.referralId().toString().equals(runtime.getVariable(waiting.getExecutionId(), REFERRAL_ID))) {
                runtime.messageEventReceived(EscalationProcess.MESSAGE_REFERRAL_CLOSED, waiting.getExecutionId());
            }
        }
    }
}
