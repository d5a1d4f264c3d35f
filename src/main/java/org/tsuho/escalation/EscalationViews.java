package org.tsuho.escalation;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsuho.intake.Reports;
import org.tsuho.intake.StoredReport;
import org.tsuho.intake.Tlp;

/** The escalation side of a case for staff: proposals and decisions, referrals with feedback, the disclosure log. */
@Service
public class EscalationViews {

    private final Escalations escalations;
    private final Referrals referrals;
    private final Disclosures disclosures;
    private final Reports reports;

    EscalationViews(Escalations escalations, Referrals referrals, Disclosures disclosures, Reports reports) {
        this.escalations = escalations;
        this.referrals = referrals;
        this.disclosures = disclosures;
        this.reports = reports;
    }

    @Transactional(readOnly = true)
    public CaseEscalations ofCase(UUID caseId) {
        return new CaseEscalations(escalations.ofCase(caseId), referrals.ofCase(caseId), disclosures.ofCase(caseId));
    }

    /** The TLP choices of the approval form, by the rule the approval itself applies. */
    @Transactional(readOnly = true)
    public TlpChoices tlpChoices(UUID caseId) {
        List<StoredReport> filed = reports.ofCase(caseId);
        Tlp floor = ReferralPackages.reportsTlp(filed);
        return new TlpChoices(floor, Arrays.stream(Tlp.values()).filter(t -> t.compareTo(floor) >= 0).toList(),
                ReferralPackages.effectiveTlp(null, filed));
    }
}
