package org.tsuho.casefile;

/** Where a case stands (api.md). */
public enum CaseStatus {
    /** In the triage queue, nobody has taken it yet. */
    RECEIVED,
    /** A case worker is assessing it. */
    TRIAGE,
    /** Waiting for the company's answer to a request for information. */
    AWAITING_INFORMATION,
    /** Escalation proposed, waiting for a supervisor. */
    ESCALATION_PENDING,
    /** Referred to the police and/or the Ministry of Defense. */
    REFERRED,
    CLOSED
}
