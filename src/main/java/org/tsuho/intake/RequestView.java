package org.tsuho.intake;

import java.time.Instant;
import java.util.UUID;

/** A request for information as the company sees it on its report (api.md). */
public record RequestView(UUID id, String question, Instant askedAt, Instant dueAt, String answer, Instant answeredAt) {
}
