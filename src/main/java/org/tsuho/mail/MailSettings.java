package org.tsuho.mail;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the outbox sends. The SMTP server itself is {@code spring.mail.*}; without {@code spring.mail.host} nothing is
 * sent and mail waits in the outbox.
 *
 * @param from            the sender of every mail
 * @param messageIdDomain the right-hand side of each Message-ID ({@code <outbox-id@domain>}), stable across resends
 * @param sendCron        when the worker looks for due mail ({@code -}: never, as in tests, which drive it)
 * @param batchSize       how many mails one worker claims at a time
 * @param lease           how long a claim lasts: a worker that dies while sending leaves the mail to be resent after it
 * @param maxAttempts     attempts before a mail is given up as FAILED (listed on the admin screen)
 * @param firstRetryAfter the wait after the first failure; it doubles with each further failure, up to {@code maxRetryAfter}
 * @param digestCron      when the daily due-soon digest goes to staff, Japan time ({@code -}: never)
 * @param digestWindow    the digest lists held tasks overdue or due within this window
 * @param keepSent        sent mail (with its addresses) is deleted from the outbox after this long
 */
@ConfigurationProperties("tsuho.mail")
public record MailSettings(
        @DefaultValue("Tsuho <no-reply@tsuho.example>") String from,
        @DefaultValue("tsuho.example") String messageIdDomain,
        @DefaultValue("*/10 * * * * *") String sendCron,
        @DefaultValue("20") int batchSize,
        @DefaultValue("PT5M") Duration lease,
        @DefaultValue("8") int maxAttempts,
        @DefaultValue("PT1M") Duration firstRetryAfter,
        @DefaultValue("PT6H") Duration maxRetryAfter,
        @DefaultValue("0 0 8 * * *") String digestCron,
        @DefaultValue("PT24H") Duration digestWindow,
        @DefaultValue("P90D") Duration keepSent) {

    /** The wait after the {@code attempts}-th failed attempt. */
    Duration retryAfter(int attempts) {
        Duration wait = firstRetryAfter;
        for (int i = 1; i < attempts && wait.compareTo(maxRetryAfter) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxRetryAfter) > 0 ? maxRetryAfter : wait;
    }
}
