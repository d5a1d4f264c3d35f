package org.tsuho.mail;

import java.time.Instant;
import java.util.UUID;

/** One row of the outbox. */
public record OutboxMail(UUID id, String dedupKey, String recipient, String locale, String template, String subject, String body,
                         MailStatus status, int attempts, Instant nextAttemptAt, Instant lockedUntil, String lastError,
                         Instant createdAt, Instant sentAt) {
}
