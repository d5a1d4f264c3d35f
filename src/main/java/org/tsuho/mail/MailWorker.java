package org.tsuho.mail;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the outbox on schedule: sends due mail, and once a day writes the staff digest and forgets old sent mail.
 * Without an SMTP server ({@code spring.mail.host} unset, as in the embedded demo) nothing is sent: mail waits in
 * the outbox, visible on the admin screen, and goes out once a server is configured.
 */
@Component
class MailWorker {

    private static final Logger log = LoggerFactory.getLogger(MailWorker.class);

    private final OutboxSender sender;
    private final StaffMails staff;
    private final MailOutbox outbox;
    private final MailSettings settings;
    private final Clock clock;

    MailWorker(MailOutbox outbox, MailAttachments attachments, ObjectProvider<JavaMailSender> smtp, StaffMails staff,
               MailSettings settings, Clock clock) {
        JavaMailSender server = smtp.getIfAvailable();
        this.sender = server == null ? null : new OutboxSender(outbox, attachments, server, settings, clock);
        this.staff = staff;
        this.outbox = outbox;
        this.settings = settings;
        this.clock = clock;
        if (server == null) {
            log.info("No SMTP server configured (spring.mail.host): mail stays in the outbox.");
        }
    }

    @Scheduled(cron = "${tsuho.mail.send-cron:*/10 * * * * *}")
    void send() {
        if (sender != null) {
            sender.sendDue();
        }
    }

    @Scheduled(cron = "${tsuho.mail.digest-cron:0 0 8 * * *}", zone = "Asia/Tokyo")
    void daily() {
        int people = staff.sendDigest();
        int forgotten = outbox.deleteSentBefore(clock.instant().minus(settings.keepSent()));
        log.info("Daily mail: digest for {} people; {} sent mails past keeping removed", people, forgotten);
    }
}
