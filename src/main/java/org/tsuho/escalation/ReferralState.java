package org.tsuho.escalation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Where a referral stands, as its agency's liaison sees it: the acknowledgement and the feedback, which the liaisons
 * wrote themselves, but none of the regulator staff involved (see {@link ReferralPackage}).
 */
public record ReferralState(UUID id, String caseNumber, Agency agency, ReferralStatus status, String tlp, boolean emergency,
                            Instant sentAt, String acknowledgedBy, Instant acknowledgedAt, String acknowledgementReference,
                            String acknowledgementNote, Instant closedAt, Instant withdrawnAt, List<FeedbackEntry> feedback) {

    static ReferralState of(Referral r) {
        return new ReferralState(r.id(), r.caseNumber(), r.agency(), r.status(), r.tlp(), r.emergency(), r.sentAt(),
                r.acknowledgedBy(), r.acknowledgedAt(), r.acknowledgementReference(), r.acknowledgementNote(), r.closedAt(),
                r.withdrawnAt(), r.feedback());
    }
}
