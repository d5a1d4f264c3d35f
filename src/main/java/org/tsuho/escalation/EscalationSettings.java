package org.tsuho.escalation;

import java.util.Map;
import java.util.UUID;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The regulator as it appears to partners, and the legal basis each agency's referral rests on. The provisions
 * are configuration because their wording is not verified in a primary text (domain.md).
 *
 * @param regulatorName     the name of the STIX {@code identity} that authors every bundle
 * @param regulatorIdentity the UUID of that identity, fixed so partners can recognise the source across bundles
 * @param legalBasis        per agency, the provision named in its referrals and in the disclosure log
 */
@ConfigurationProperties("tsuho.escalation")
public record EscalationSettings(String regulatorName, UUID regulatorIdentity, Map<Agency, String> legalBasis) {

    public String legalBasis(Agency agency) {
        String basis = legalBasis.get(agency);
        if (basis == null || basis.isBlank()) {
            throw new IllegalStateException("tsuho.escalation.legal-basis." + agency + " is not configured");
        }
        return basis;
    }
}
