package org.tsuho.enforcement.process;

import static org.tsuho.enforcement.process.PenaltyProceedingProcess.CASE_ID;
import static org.tsuho.enforcement.process.PenaltyProceedingProcess.COMPLIANCE_DUE_AT;
import static org.tsuho.enforcement.process.PenaltyProceedingProcess.COMPLIED_ALREADY;
import static org.tsuho.enforcement.process.PenaltyProceedingProcess.DECISION_DUE_AT;
import static org.tsuho.enforcement.process.PenaltyProceedingProcess.PREPARE_DUE_AT;
import static org.tsuho.enforcement.process.PenaltyProceedingProcess.PROCEEDING_ID;
import static org.tsuho.enforcement.process.PenaltyProceedingProcess.REFERRAL_DUE_AT;
import static org.tsuho.enforcement.process.PenaltyProceedingProcess.RESPOND_BY;

import java.util.Date;
import java.util.UUID;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tsuho.enforcement.EnforcementSteps;
import org.tsuho.enforcement.FailureDetection;

/**
 * The service tasks of penalty-proceeding.bpmn, and the missing detailed report of incident-report.bpmn, each a named bean. They read the
 * process variables and call {@link EnforcementSteps} or {@link FailureDetection}, where the work is.
 */
@Configuration(proxyBeanMethods = false)
class EnforcementDelegates {

    @Bean
    JavaDelegate planNotice(EnforcementSteps steps) {
        return execution -> execution.setVariable(PREPARE_DUE_AT, Date.from(steps.planNotice(proceedingId(execution))));
    }

    @Bean
    JavaDelegate serveNotice(EnforcementSteps steps) {
        return execution -> execution.setVariable(RESPOND_BY, Date.from(steps.serveNotice(proceedingId(execution))));
    }

    @Bean
    JavaDelegate planDisposition(EnforcementSteps steps) {
        return execution -> execution.setVariable(DECISION_DUE_AT, Date.from(steps.planDisposition(proceedingId(execution))));
    }

    @Bean
    JavaDelegate closeWithoutAction(EnforcementSteps steps) {
        return execution -> steps.closeWithoutAction(proceedingId(execution));
    }

    @Bean
    JavaDelegate servePenaltyNotice(EnforcementSteps steps) {
        return execution -> {
            EnforcementSteps.PenaltyServed served = steps.servePenaltyNotice(proceedingId(execution));
            execution.setVariable(COMPLIANCE_DUE_AT, served.complianceDueAt() == null ? null : Date.from(served.complianceDueAt()));
            execution.setVariable(COMPLIED_ALREADY, served.compliedAlready());
        };
    }

    @Bean
    JavaDelegate recordCompliance(EnforcementSteps steps) {
        return execution -> steps.recordCompliance(proceedingId(execution));
    }

    @Bean
    JavaDelegate planReferral(EnforcementSteps steps) {
        return execution -> execution.setVariable(REFERRAL_DUE_AT, Date.from(steps.planReferral(proceedingId(execution))));
    }

    @Bean
    JavaDelegate referForProsecution(EnforcementSteps steps) {
        return execution -> steps.referForProsecution(proceedingId(execution));
    }

    @Bean
    JavaDelegate closeProceeding(EnforcementSteps steps) {
        return execution -> steps.close(proceedingId(execution));
    }

    /**
     * incident-report.bpmn's watch: the detailed report's deadline passed. The failure is checked again here, so a
     * watch the detailed report did not reach in time to end it records nothing.
     */
    @Bean
    JavaDelegate recordMissingReport(FailureDetection detection) {
        return execution -> detection.detailedDeadlinePassed(UUID.fromString((String) execution.getVariable(CASE_ID)));
    }

    private static UUID proceedingId(DelegateExecution execution) {
        return UUID.fromString((String) execution.getVariable(PROCEEDING_ID));
    }
}
