package org.tsuho.appeal;

import java.time.Instant;
import java.util.UUID;

/** A written submission of the company (反論書) while its appeal is under examination. */
public record Submission(UUID id, String text, String submittedBy, Instant submittedAt) {
}
