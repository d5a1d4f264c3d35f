package org.tsuho.mail;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Writes a mail from its template and puts it in the outbox, in the caller's transaction. */
@Component
class Mails {

    private static final Logger log = LoggerFactory.getLogger(Mails.class);

    private final MailTemplates templates;
    private final MailOutbox outbox;
    private final Clock clock;

    Mails(MailTemplates templates, MailOutbox outbox, Clock clock) {
        this.templates = templates;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * @param event names the business event; with the recipient it is the dedup key, so the same event delivered again
     *              enqueues nothing
     */
    void enqueue(String event, String recipient, Locale locale, String template, Map<String, Object> variables,
                 List<Attachment> attachments) {
        Locale language = MailTemplates.languageOf(locale);
        MailTemplates.Written written = templates.write(template, language, variables);
        boolean added = outbox.enqueue(new MailOutbox.NewMail(event + ":" + recipient, recipient, language, template,
                written.subject(), written.body(), attachments), clock.instant());
        if (!added) {
            log.debug("mail {} to one recipient was already in the outbox", event);
        }
    }
}
