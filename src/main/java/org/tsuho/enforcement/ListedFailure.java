package org.tsuho.enforcement;

import java.time.Instant;
import org.tsuho.deadline.Stage;

/**
 * A failure as the proceeding lists it (api.md: {@code type}, {@code reference}, {@code dueAt}).
 *
 * @param filedAt when the late or missing report arrived; null while it is still missing
 */
public record ListedFailure(FailureType type, Stage stage, String reference, Instant dueAt, Instant filedAt, String recordedBy,
                            Instant recordedAt) {
}
