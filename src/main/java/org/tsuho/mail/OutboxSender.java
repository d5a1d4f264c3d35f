package org.tsuho.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Sends what is due in the outbox over SMTP. Each mail is claimed (SENDING, with a lease) in one statement, sent
 * outside any transaction, then marked SENT; a failure counts the attempt and waits longer each time, until the
 * last attempt gives the mail up (FAILED). All state is in the table, so any number of senders, on any node or after
 * a restart, share it: a SENT mail is never claimed again.
 * <p>
 * SMTP cannot be exactly-once: if the process dies after the server accepted a mail but before it was marked SENT,
 * the lease runs out and the mail is sent again. Its Message-ID is derived from the outbox id, the same on every
 * attempt, so a receiving system can recognise the repeat.
 */
public class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    private static final int MAX_ERROR_LENGTH = 2000;

    private final MailOutbox outbox;
    private final MailAttachments attachments;
    private final JavaMailSender smtp;
    private final MailSettings settings;
    private final Clock clock;

    public OutboxSender(MailOutbox outbox, MailAttachments attachments, JavaMailSender smtp, MailSettings settings, Clock clock) {
        this.outbox = outbox;
        this.attachments = attachments;
        this.smtp = smtp;
        this.settings = settings;
        this.clock = clock;
    }

    /** Sends due mail, batch after batch, until none is left; returns how many were sent. */
    public int sendDue() {
        int sent = 0;
        while (true) {
            Instant now = clock.instant();
            // PostgreSQL keeps microseconds: the lease must read back equal to what this sender holds
            Instant leaseUntil = now.plus(settings.lease()).truncatedTo(ChronoUnit.MICROS);
            List<OutboxMail> claimed = outbox.claim(now, leaseUntil, settings.batchSize());
            for (OutboxMail mail : claimed) {
                if (send(mail, leaseUntil)) {
                    sent++;
                }
            }
            if (claimed.size() < settings.batchSize()) {
                return sent;
            }
        }
    }

    private boolean send(OutboxMail mail, Instant leaseUntil) {
        try {
            smtp.send(message(mail));
        } catch (RuntimeException | MessagingException e) {
            boolean last = mail.attempts() >= settings.maxAttempts();
            Instant retryAt = last ? null : clock.instant().plus(settings.retryAfter(mail.attempts()));
            log.warn("Mail {} attempt {} failed{}: {}", mail.id(), mail.attempts(), last ? " for the last time" : "", e.toString());
            outbox.failed(mail.id(), leaseUntil, truncate(e.toString()), retryAt);
            return false;
        }
        outbox.sent(mail.id(), leaseUntil, clock.instant());
        return true;
    }

    private MimeMessage message(OutboxMail mail) throws MessagingException {
        List<Attachment> files = outbox.attachments(mail.id());
        MimeMessage message = smtp.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, !files.isEmpty(), "UTF-8");
        helper.setFrom(settings.from());
        helper.setTo(mail.recipient());
        helper.setSubject(mail.subject());
        helper.setText(mail.body(), false);
        helper.setSentDate(Date.from(clock.instant()));
        for (Attachment file : files) {
            helper.addAttachment(file.fileName(), new ByteArrayResource(attachments.content(file)), file.contentType());
        }
        // kept by the sender through saveChanges(): the same id on every attempt
        message.setHeader("Message-ID", messageId(mail));
        message.setHeader("Auto-Submitted", "auto-generated");
        return message;
    }

    String messageId(OutboxMail mail) {
        return "<" + mail.id() + "@" + settings.messageIdDomain() + ">";
    }

    private static String truncate(String error) {
        return error.length() <= MAX_ERROR_LENGTH ? error : error.substring(0, MAX_ERROR_LENGTH);
    }
}
