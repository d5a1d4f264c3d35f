package org.tsuho.enforcement.process;

/** Names of {@code processes/penalty-proceeding.bpmn}: process key, messages and variables. */
final class PenaltyProceedingProcess {

    static final String KEY = "penalty-proceeding";

    static final String MESSAGE_EXPLANATION_RECEIVED = "ExplanationReceived";
    static final String MESSAGE_ORDER_COMPLIED = "OrderComplied";

    /** The inbox shows every user task with its case and receipt number. */
    static final String CASE_ID = "caseId";
    static final String CASE_NUMBER = "caseNumber";
    static final String RECEIPT_NUMBER = "receiptNumber";
    static final String PROCEEDING_ID = "proceedingId";
    static final String PROCEEDING_NUMBER = "proceedingNumber";

    static final String PREPARE_DUE_AT = "prepareDueAt";
    static final String RESPOND_BY = "respondBy";
    static final String DECISION_DUE_AT = "decisionDueAt";
    static final String COMPLIANCE_DUE_AT = "complianceDueAt";
    static final String COMPLIED_ALREADY = "compliedAlready";
    static final String REFERRAL_DUE_AT = "referralDueAt";

    private PenaltyProceedingProcess() {
    }
}
