package org.tsuho.escalation.process;

/**
 * Names of {@code processes/escalation.bpmn} (process key, messages, variables) and of what it sends to the waiting
 * {@code incident-report} process.
 */
final class EscalationProcess {

    static final String KEY = "escalation";
    static final String MESSAGE_REFERRAL_CLOSED = "ReferralClosed";

    static final String CASE_ID = "caseId";
    static final String CASE_NUMBER = "caseNumber";
    static final String RECEIPT_NUMBER = "receiptNumber";
    static final String ESCALATION_ID = "escalationId";
    static final String PROPOSER = "proposer";
    static final String TARGETS = "targets";
    static final String EMERGENCY = "emergency";
    static final String APPROVAL_DUE_AT = "approvalDueAt";
    static final String RATIFICATION_DUE_AT = "ratificationDueAt";
    /** Per referral branch (local): the multi-instance element and what the branch plans. */
    static final String REFERRAL_ID = "referralId";
    static final String LIAISON_GROUP = "liaisonGroup";
    static final String ACKNOWLEDGEMENT_DUE_AT = "acknowledgementDueAt";
    static final String FOLLOW_UP_DUE_AT = "followUpDueAt";

    static final String TASK_RATIFY = "Task_RatifyEscalation";

    /** The incident-report process waits for this message; {@code escalationOutcome} routes it on. */
    static final String MESSAGE_ESCALATION_CONCLUDED = "EscalationConcluded";
    static final String ESCALATION_OUTCOME = "escalationOutcome";

    enum Outcome {
        /** The referrals went out and were closed by the partners. */
        REFERRED,
        /** A supervisor rejected the proposal. */
        REJECTED,
        /** The emergency referral was not ratified. */
        WITHDRAWN
    }

    private EscalationProcess() {
    }
}
