package org.tsuho.appeal.process;

import static org.tsuho.appeal.process.AppealProcess.APPEAL_ID;
import static org.tsuho.appeal.process.AppealProcess.ASSIGN_DUE_AT;
import static org.tsuho.appeal.process.AppealProcess.EXAMINE_DUE_AT;
import static org.tsuho.appeal.process.AppealProcess.RULE_DUE_AT;

import java.util.Date;
import java.util.UUID;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tsuho.appeal.AppealSteps;

/** The service tasks of appeal.bpmn, each a named bean calling {@link AppealSteps}, where the work is. */
@Configuration(proxyBeanMethods = false)
class AppealDelegates {

    @Bean
    JavaDelegate planAssignment(AppealSteps steps) {
        return execution -> execution.setVariable(ASSIGN_DUE_AT, Date.from(steps.stepDue()));
    }

    @Bean
    JavaDelegate startExamination(AppealSteps steps) {
        return execution -> execution.setVariable(EXAMINE_DUE_AT, Date.from(steps.startExamination(appealId(execution))));
    }

    @Bean
    JavaDelegate planRuling(AppealSteps steps) {
        return execution -> execution.setVariable(RULE_DUE_AT, Date.from(steps.stepDue()));
    }

    @Bean
    JavaDelegate serveRuling(AppealSteps steps) {
        return execution -> steps.serveRuling(appealId(execution));
    }

    private static UUID appealId(DelegateExecution execution) {
        return UUID.fromString((String) execution.getVariable(APPEAL_ID));
    }
}
