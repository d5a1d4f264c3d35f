package org.tsuho.appeal.process;

/** Names of {@code processes/appeal.bpmn}. */
final class AppealProcess {

    static final String KEY = "appeal";

    /** The inbox shows every user task with its case (the proceeding's); appeals have no receipt number of their own. */
    static final String CASE_ID = "caseId";
    static final String CASE_NUMBER = "caseNumber";
    static final String RECEIPT_NUMBER = "receiptNumber";
    static final String APPEAL_ID = "appealId";
    static final String APPEAL_NUMBER = "appealNumber";
    static final String DISMISSED = "dismissed";

    static final String ASSIGN_DUE_AT = "assignDueAt";
    static final String EXAMINE_DUE_AT = "examineDueAt";
    static final String RULE_DUE_AT = "ruleDueAt";

    private AppealProcess() {
    }
}
