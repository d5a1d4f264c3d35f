package org.tsuho.escalation;

import java.util.UUID;

/** A partner closed its referral; the escalation process stops waiting for it. */
public record ReferralClosed(UUID referralId, UUID escalationId) {
}
