package org.tsuho.notification.process;

/** Names of {@code processes/asset-notification.bpmn}: process key, message and variables. */
final class AssetNotificationProcess {

    static final String KEY = "asset-notification";
    static final String MESSAGE_INFORMATION_PROVIDED = "NotificationInformationProvided";

    static final String CASE_ID = "caseId";
    static final String CASE_NUMBER = "caseNumber";
    static final String REPORT_ID = "reportId";
    static final String RECEIPT_NUMBER = "receiptNumber";
    static final String EXCLUDED = "excluded";
    static final String REVIEW_DUE_AT = "reviewDueAt";
    static final String REVIEWER = "reviewer";
    static final String REQUEST_ID = "requestId";
    static final String ANSWER_REMINDER_AT = "answerReminderAt";

    private AssetNotificationProcess() {
    }
}
