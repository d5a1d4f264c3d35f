package org.tsuho.mail;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.tsuho.platform.database.Jdbc;

/**
 * The outbox table. Enqueueing joins the caller's transaction (and refuses to run without one), so a mail exists
 * exactly when the business change that caused it was committed. Claiming, and marking sent or failed, are single
 * statements that commit on their own.
 */
@Repository
public class MailOutbox {

    private final JdbcClient jdbc;

    MailOutbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A mail to write; {@code dedupKey} names the business event and recipient. */
    public record NewMail(String dedupKey, String recipient, Locale locale, String template, String subject, String body,
                          List<Attachment> attachments) {
        public NewMail {
            attachments = List.copyOf(attachments);
        }
    }

    /**
     * Writes the mail unless one with the same dedup key exists (the same event delivered again).
     *
     * @return whether a mail was written
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean enqueue(NewMail mail, Instant now) {
        UUID id = UUID.randomUUID();
        int written = jdbc.sql("""
                insert into mail_outbox (id, dedup_key, recipient, locale, template, subject, body, next_attempt_at, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (dedup_key) do nothing
                """)
                .params(id, mail.dedupKey(), mail.recipient(), mail.locale().toLanguageTag(), mail.template(), mail.subject(),
                        mail.body(), Jdbc.ts(now), Jdbc.ts(now))
                .update();
        if (written == 0) {
            return false;
        }
        List<Attachment> attachments = mail.attachments();
        for (int i = 0; i < attachments.size(); i++) {
            Attachment a = attachments.get(i);
            jdbc.sql("""
                    insert into mail_attachments (mail_id, position, file_name, content_type, kind, reference, content)
                    values (?, ?, ?, ?, ?, ?, ?)
                    """)
                    .params(id, i, a.fileName(), a.contentType(), a.kind().name(), a.reference(), a.content())
                    .update();
        }
        return true;
    }

    /**
     * Claims up to {@code limit} mails that are due, or whose earlier claim's lease ran out, for one worker: each
     * becomes SENDING until {@code leaseUntil} and counts an attempt. Rows another worker is claiming are skipped.
     */
    List<OutboxMail> claim(Instant now, Instant leaseUntil, int limit) {
        return jdbc.sql("""
                update mail_outbox m set status = 'SENDING', locked_until = :lease, attempts = m.attempts + 1
                 where m.id in (select id from mail_outbox
                                 where (status = 'PENDING' and next_attempt_at <= :now)
                                    or (status = 'SENDING' and locked_until <= :now)
                                 order by next_attempt_at, id
                                 limit :limit
                                   for update skip locked)
                returning m.*
                """)
                .param("now", Jdbc.ts(now)).param("lease", Jdbc.ts(leaseUntil)).param("limit", limit)
                .query(MailOutbox::mail).list();
    }

    List<Attachment> attachments(UUID mailId) {
        return jdbc.sql("select * from mail_attachments where mail_id = ? order by position").param(mailId)
                .query((rs, n) -> new Attachment(rs.getString("file_name"), rs.getString("content_type"),
                        Attachment.Kind.valueOf(rs.getString("kind")), rs.getString("reference"), rs.getBytes("content")))
                .list();
    }

    /** Only the claim that is still this worker's is marked: a mail whose lease ran out belongs to its next claim. */
    void sent(UUID id, Instant leaseUntil, Instant now) {
        jdbc.sql("""
                update mail_outbox set status = 'SENT', sent_at = ?, locked_until = null, last_error = null
                 where id = ? and status = 'SENDING' and locked_until = ?
                """)
                .params(Jdbc.ts(now), id, Jdbc.ts(leaseUntil)).update();
    }

    /** @param retryAt when to try again; null gives the mail up (FAILED) */
    void failed(UUID id, Instant leaseUntil, String error, Instant retryAt) {
        jdbc.sql("""
                update mail_outbox set status = ?, next_attempt_at = coalesce(?, next_attempt_at), locked_until = null, last_error = ?
                 where id = ? and status = 'SENDING' and locked_until = ?
                """)
                .params(retryAt == null ? MailStatus.FAILED.name() : MailStatus.PENDING.name(), Jdbc.ts(retryAt), error, id,
                        Jdbc.ts(leaseUntil))
                .update();
    }

    /** A failed mail waits to be sent again, with fresh attempts. */
    boolean retry(UUID id, Instant now) {
        return jdbc.sql("update mail_outbox set status = 'PENDING', attempts = 0, next_attempt_at = ? where id = ? and status = 'FAILED'")
                .params(Jdbc.ts(now), id).update() == 1;
    }

    public Optional<OutboxMail> find(UUID id) {
        return jdbc.sql("select * from mail_outbox where id = ?").param(id).query(MailOutbox::mail).optional();
    }

    public Optional<OutboxMail> findByDedupKey(String dedupKey) {
        return jdbc.sql("select * from mail_outbox where dedup_key = ?").param(dedupKey).query(MailOutbox::mail).optional();
    }

    /** Newest first, of one status. */
    public List<OutboxMail> withStatus(MailStatus status, int limit) {
        return jdbc.sql("select * from mail_outbox where status = ? order by created_at desc, id limit ?")
                .params(status.name(), limit).query(MailOutbox::mail).list();
    }

    public int count(MailStatus status) {
        return jdbc.sql("select count(*) from mail_outbox where status = ?").param(status.name()).query(Integer.class).single();
    }

    /** Sent mail older than {@code before} goes, with its addresses (personal data kept no longer than needed). */
    int deleteSentBefore(Instant before) {
        return jdbc.sql("delete from mail_outbox where status = 'SENT' and sent_at < ?").param(Jdbc.ts(before)).update();
    }

    private static OutboxMail mail(ResultSet rs, int row) throws SQLException {
        return new OutboxMail(rs.getObject("id", UUID.class), rs.getString("dedup_key"), rs.getString("recipient"),
                rs.getString("locale"), rs.getString("template"), rs.getString("subject"), rs.getString("body"),
                MailStatus.valueOf(rs.getString("status")), rs.getInt("attempts"), Jdbc.instant(rs, "next_attempt_at"),
                Jdbc.instant(rs, "locked_until"), rs.getString("last_error"), Jdbc.instant(rs, "created_at"),
                Jdbc.instant(rs, "sent_at"));
    }
}
