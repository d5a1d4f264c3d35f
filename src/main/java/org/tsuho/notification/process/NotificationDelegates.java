package org.tsuho.notification.process;

import static org.tsuho.notification.process.AssetNotificationProcess.ANSWER_REMINDER_AT;
import static org.tsuho.notification.process.AssetNotificationProcess.CASE_ID;
import static org.tsuho.notification.process.AssetNotificationProcess.EXCLUDED;
import static org.tsuho.notification.process.AssetNotificationProcess.REPORT_ID;
import static org.tsuho.notification.process.AssetNotificationProcess.REQUEST_ID;
import static org.tsuho.notification.process.AssetNotificationProcess.REVIEWER;
import static org.tsuho.notification.process.AssetNotificationProcess.REVIEW_DUE_AT;

import java.util.Date;
import java.util.UUID;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tsuho.notification.NotificationSteps;

/**
 * The service tasks of asset-notification.bpmn, each a named bean ({@code ${checkNotification}} ...). They only
 * read the process variables and call {@link NotificationSteps}, where the work is.
 */
@Configuration(proxyBeanMethods = false)
class NotificationDelegates {

    @Bean
    JavaDelegate checkNotification(NotificationSteps steps) {
        return execution -> execution.setVariable(EXCLUDED, steps.check(caseId(execution), reportId(execution)));
    }

    @Bean
    JavaDelegate closeExcludedNotification(NotificationSteps steps) {
        return execution -> steps.closeExcluded(caseId(execution), reportId(execution));
    }

    @Bean
    JavaDelegate planNotificationReview(NotificationSteps steps) {
        return execution -> execution.setVariable(REVIEW_DUE_AT, Date.from(steps.reviewDue()));
    }

    @Bean
    JavaDelegate sendNotificationRequest(NotificationSteps steps) {
        return execution -> execution.setVariable(ANSWER_REMINDER_AT,
                Date.from(steps.informationRequested(caseId(execution), reportId(execution), requestId(execution))));
    }

    @Bean
    JavaDelegate remindNotifier(NotificationSteps steps) {
        return execution -> steps.remind(caseId(execution), requestId(execution));
    }

    @Bean
    JavaDelegate resumeNotificationReview(NotificationSteps steps) {
        return execution -> steps.resumeReview(caseId(execution), reportId(execution));
    }

    @Bean
    JavaDelegate registerCriticalComputers(NotificationSteps steps) {
        return execution -> steps.register(caseId(execution), reportId(execution), (String) execution.getVariable(REVIEWER));
    }

    private static UUID caseId(DelegateExecution execution) {
        return UUID.fromString((String) execution.getVariable(CASE_ID));
    }

    private static UUID reportId(DelegateExecution execution) {
        return UUID.fromString((String) execution.getVariable(REPORT_ID));
    }

    private static UUID requestId(DelegateExecution execution) {
        return UUID.fromString((String) execution.getVariable(REQUEST_ID));
    }
}
