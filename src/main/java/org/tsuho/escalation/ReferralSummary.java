package org.tsuho.escalation;

import java.time.Instant;
import java.util.UUID;

/** A referral as a liaison's list shows it: what and when, without the package. */
public record ReferralSummary(UUID id, String caseNumber, Agency agency, ReferralStatus status, String tlp, boolean emergency,
                              Instant sentAt, Instant acknowledgedAt, Instant closedAt) {

    static ReferralSummary of(Referral r) {
        return new ReferralSummary(r.id(), r.caseNumber(), r.agency(), r.status(), r.tlp(), r.emergency(), r.sentAt(),
                r.acknowledgedAt(), r.closedAt());
    }
}
