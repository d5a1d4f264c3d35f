package org.tsuho.enforcement;

import java.util.UUID;

/** The company explained itself in writing (弁明書); the proceeding moves on to the disposition. */
public record ExplanationSubmitted(UUID proceedingId, UUID noticeId) {
}
