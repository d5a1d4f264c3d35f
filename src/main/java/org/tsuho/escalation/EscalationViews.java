package org.tsuho.escalation;

import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The escalation side of a case for staff: proposals and decisions, referrals with feedback, the disclosure log. */
@Service
public class EscalationViews {

    private final Escalations escalations;
    private final Referrals referrals;
    private final Disclosures disclosures;

    EscalationViews(Escalations escalations, Referrals referrals, Disclosures disclosures) {
        this.escalations = escalations;
        this.referrals = referrals;
        this.disclosures = disclosures;
    }

    @Transactional(readOnly = true)
    public CaseEscalations ofCase(UUID caseId) {
        return new CaseEscalations(escalations.ofCase(caseId), referrals.ofCase(caseId), disclosures.ofCase(caseId));
    }
}
