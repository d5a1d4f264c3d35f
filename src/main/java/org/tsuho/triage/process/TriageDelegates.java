package org.tsuho.triage.process;

import static org.tsuho.triage.process.IncidentReportProcess.ANSWER_REMINDER_AT;
import static org.tsuho.triage.process.IncidentReportProcess.CASE_ID;
import static org.tsuho.triage.process.IncidentReportProcess.RECEIPT_NUMBER;
import static org.tsuho.triage.process.IncidentReportProcess.REQUEST_ID;
import static org.tsuho.triage.process.IncidentReportProcess.SEVERITY;
import static org.tsuho.triage.process.IncidentReportProcess.SYSTEM;
import static org.tsuho.triage.process.IncidentReportProcess.TRIAGE_DUE_AT;

import java.util.Date;
import java.util.UUID;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tsuho.casefile.CaseStatus;
import org.tsuho.triage.TriageSteps;

/**
 * The service tasks of incident-report.bpmn, each a named bean ({@code ${planTriage}} ...). They only read the
 * process variables and call {@link TriageSteps}, where the work is.
 */
@Configuration(proxyBeanMethods = false)
class TriageDelegates {

    @Bean
    JavaDelegate planTriage(TriageSteps steps) {
        return execution -> {
            Integer severity = (Integer) execution.getVariable(SEVERITY);
            execution.setVariable(TRIAGE_DUE_AT, Date.from(steps.triageDue(severity)));
        };
    }

    @Bean
    JavaDelegate flagTriageOverdue(TriageSteps steps) {
        return execution -> steps.triageOverdue(caseId(execution), execution.getProcessInstanceId());
    }

    @Bean
    JavaDelegate sendInformationRequest(TriageSteps steps) {
        return execution -> {
            UUID requestId = UUID.fromString((String) execution.getVariable(REQUEST_ID));
            execution.setVariable(ANSWER_REMINDER_AT, Date.from(steps.informationRequested(caseId(execution), requestId)));
        };
    }

    @Bean
    JavaDelegate remindCompany(TriageSteps steps) {
        return execution -> steps.remind(caseId(execution), UUID.fromString((String) execution.getVariable(REQUEST_ID)));
    }

    @Bean
    JavaDelegate resumeTriage(TriageSteps steps) {
        return execution -> steps.moveTo(caseId(execution), CaseStatus.TRIAGE, SYSTEM, "TRIAGE_RESUMED");
    }

    @Bean
    JavaDelegate closeCase(TriageSteps steps) {
        return execution -> steps.moveTo(caseId(execution), CaseStatus.CLOSED, SYSTEM, "CASE_CLOSED");
    }

    /** The case waits in ESCALATION_PENDING while the escalation process, started from the event, decides. */
    @Bean
    JavaDelegate markEscalationPending(TriageSteps steps) {
        return execution -> steps.escalationProposed(caseId(execution), (String) execution.getVariable(RECEIPT_NUMBER));
    }

    /** Closes the case's triage; the enforcement module opens the proceeding from the event this publishes. */
    @Bean
    JavaDelegate requestProceeding(TriageSteps steps) {
        return execution -> steps.proceedingRequested(caseId(execution));
    }

    private static UUID caseId(DelegateExecution execution) {
        return UUID.fromString((String) execution.getVariable(CASE_ID));
    }
}
