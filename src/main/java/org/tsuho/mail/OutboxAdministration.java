package org.tsuho.mail;

import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsuho.audit.AuditTrail;
import org.tsuho.identity.Actor;

/** What an administrator may do with the outbox: send a given-up mail again (recorded in the audit trail). */
@Service
public class OutboxAdministration {

    private final MailOutbox outbox;
    private final AuditTrail audit;
    private final Clock clock;

    OutboxAdministration(MailOutbox outbox, AuditTrail audit, Clock clock) {
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    /** @return false when the mail is not (or no longer) FAILED */
    @Transactional
    public boolean retry(Actor admin, UUID mailId) {
        if (!outbox.retry(mailId, clock.instant())) {
            return false;
        }
        audit.record(admin, null, "MAIL_RETRIED", mailId.toString());
        return true;
    }
}
