package org.tsuho.triage.process;

/** Names of {@code processes/incident-report.bpmn}: process key, message and variables. */
final class IncidentReportProcess {

    static final String KEY = "incident-report";
    static final String MESSAGE_INFORMATION_PROVIDED = "InformationProvided";
    static final String MESSAGE_DETAILED_REPORT_FILED = "DetailedReportFiled";

    static final String CASE_ID = "caseId";
    static final String CASE_NUMBER = "caseNumber";
    static final String REPORT_ID = "reportId";
    static final String RECEIPT_NUMBER = "receiptNumber";
    static final String DECISION = "decision";
    static final String SEVERITY = "severity";
    static final String REQUEST_ID = "requestId";
    static final String TRIAGE_DUE_AT = "triageDueAt";
    static final String ANSWER_REMINDER_AT = "answerReminderAt";
    /** When the detailed report is due, or null when none is owed (the watch branch then ends at once). */
    static final String DETAILED_DUE_AT = "detailedDueAt";

    /** Who the timeline names when the process itself acts. */
    static final String SYSTEM = "system";

    private IncidentReportProcess() {
    }
}
