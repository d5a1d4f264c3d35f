package org.tsuho.enforcement;

import java.time.Instant;
import java.util.UUID;

/** The company's written explanation (弁明書) on a notice of intended disposition. */
public record Explanation(UUID id, UUID noticeId, String text, String submittedBy, Instant submittedAt) {
}
