package org.tsuho.escalation;

import java.util.List;

/** Everything escalation knows about one case, for the staff case view. */
public record CaseEscalations(List<Escalation> escalations, List<Referral> referrals, List<Disclosure> disclosures) {
}
