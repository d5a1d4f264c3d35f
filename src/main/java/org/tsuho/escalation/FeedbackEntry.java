package org.tsuho.escalation;

import java.time.Instant;
import java.util.UUID;

/** One piece of feedback a partner recorded on its referral. */
public record FeedbackEntry(UUID id, FeedbackType type, String note, String recordedBy, Instant recordedAt) {
}
