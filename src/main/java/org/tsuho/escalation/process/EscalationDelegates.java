package org.tsuho.escalation.process;

import static org.tsuho.escalation.process.EscalationProcess.ACKNOWLEDGEMENT_DUE_AT;
import static org.tsuho.escalation.process.EscalationProcess.APPROVAL_DUE_AT;
import static org.tsuho.escalation.process.EscalationProcess.CASE_ID;
import static org.tsuho.escalation.process.EscalationProcess.CASE_NUMBER;
import static org.tsuho.escalation.process.EscalationProcess.ESCALATION_ID;
import static org.tsuho.escalation.process.EscalationProcess.ESCALATION_OUTCOME;
import static org.tsuho.escalation.process.EscalationProcess.FOLLOW_UP_DUE_AT;
import static org.tsuho.escalation.process.EscalationProcess.LIAISON_GROUP;
import static org.tsuho.escalation.process.EscalationProcess.MESSAGE_ESCALATION_CONCLUDED;
import static org.tsuho.escalation.process.EscalationProcess.RATIFICATION_DUE_AT;
import static org.tsuho.escalation.process.EscalationProcess.REFERRAL_ID;
import static org.tsuho.escalation.process.EscalationProcess.TASK_RATIFY;

import java.util.Date;
import java.util.UUID;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.operaton.bpm.engine.task.Task;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tsuho.escalation.EscalationSteps;
import org.tsuho.escalation.process.EscalationProcess.Outcome;

/**
 * The service tasks and message end events of escalation.bpmn, each a named bean. They read the process variables
 * and call {@link EscalationSteps}, where the work is.
 */
@Configuration(proxyBeanMethods = false)
class EscalationDelegates {

    @Bean
    JavaDelegate planEscalationApproval(EscalationSteps steps) {
        return execution -> execution.setVariable(APPROVAL_DUE_AT, Date.from(steps.approvalDue(escalationId(execution))));
    }

    @Bean
    JavaDelegate sendReferrals(EscalationSteps steps) {
        return execution -> steps.sendReferrals(escalationId(execution))
                .ifPresent(due -> execution.setVariable(RATIFICATION_DUE_AT, Date.from(due)));
    }

    /** Local to the referral's branch: the other agency's branch has its own liaisons and clock. */
    @Bean
    JavaDelegate planAcknowledgement(EscalationSteps steps) {
        return execution -> {
            EscalationSteps.AcknowledgementPlan plan = steps.acknowledgementPlan(referralId(execution));
            execution.setVariableLocal(LIAISON_GROUP, plan.liaisonGroup());
            execution.setVariableLocal(ACKNOWLEDGEMENT_DUE_AT, Date.from(plan.dueAt()));
        };
    }

    @Bean
    JavaDelegate remindSupervisor(EscalationSteps steps) {
        return execution -> execution.setVariableLocal(FOLLOW_UP_DUE_AT,
                Date.from(steps.acknowledgementOverdue(referralId(execution), execution.getProcessInstanceId())));
    }

    /**
     * Flags the case, and puts the ratification back in the shared supervisor queue if someone held it, so every
     * supervisor sees it there.
     */
    @Bean
    JavaDelegate flagRatificationOverdue(EscalationSteps steps, TaskService tasks) {
        return execution -> {
            steps.ratificationOverdue(escalationId(execution), execution.getProcessInstanceId());
            for (Task task : tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                    .taskDefinitionKey(TASK_RATIFY).list()) {
                if (task.getAssignee() != null) {
                    tasks.setAssignee(task.getId(), null);
                }
            }
        };
    }

    @Bean
    JavaDelegate withdrawReferrals(EscalationSteps steps, RuntimeService runtime) {
        return execution -> {
            steps.withdraw(escalationId(execution));
            conclude(execution, runtime, Outcome.WITHDRAWN);
        };
    }

    @Bean
    JavaDelegate concludeReferred(EscalationSteps steps, RuntimeService runtime) {
        return execution -> {
            steps.complete(escalationId(execution));
            conclude(execution, runtime, Outcome.REFERRED);
        };
    }

    @Bean
    JavaDelegate concludeRejected(RuntimeService runtime) {
        return execution -> conclude(execution, runtime, Outcome.REJECTED);
    }

    /** Resumes the case's incident-report process, which waits for the escalation's outcome. */
    private static void conclude(DelegateExecution execution, RuntimeService runtime, Outcome outcome) {
        runtime.createMessageCorrelation(MESSAGE_ESCALATION_CONCLUDED)
                .processInstanceBusinessKey((String) execution.getVariable(CASE_NUMBER))
                .processInstanceVariableEquals(CASE_ID, execution.getVariable(CASE_ID))
                .setVariable(ESCALATION_OUTCOME, outcome.name())
                .correlate();
    }

    private static UUID escalationId(DelegateExecution execution) {
        return UUID.fromString((String) execution.getVariable(ESCALATION_ID));
    }

    private static UUID referralId(DelegateExecution execution) {
        return UUID.fromString((String) execution.getVariable(REFERRAL_ID));
    }
}
