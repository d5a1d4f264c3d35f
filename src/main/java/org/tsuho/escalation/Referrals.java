package org.tsuho.escalation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tsuho.platform.database.Jdbc;

/** The referrals table (one per agency and escalation), their packages as sent, and the partners' feedback. */
@Repository
public class Referrals {

    private static final String SELECT = """
            select r.*, c.case_number, e.emergency
              from referrals r
              join cases c on c.id = r.case_id
              join escalations e on e.id = r.escalation_id
            """;

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    Referrals(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Writes the referral with its package; a second attempt for the same agency (a retried step) changes nothing. */
    void insert(ReferralPackage content, UUID escalationId, UUID caseId, String packageJson, String digest, String sentBy) {
        jdbc.sql("""
                insert into referrals (id, escalation_id, case_id, agency, status, tlp, legal_basis, share_consent, package,
                                       package_digest, sent_by, sent_at)
                values (?, ?, ?, ?, 'SENT', ?, ?, ?, cast(? as jsonb), ?, ?, ?)
                on conflict (escalation_id, agency) do nothing
                """)
                .params(content.referralId(), escalationId, caseId, content.agency().name(), content.tlp(), content.legalBasis(),
                        content.shareConsent(), packageJson, digest, sentBy, Jdbc.ts(content.referredAt()))
                .update();
    }

    public Optional<Referral> find(UUID id) {
        return jdbc.sql(SELECT + " where r.id = ?").param(id).query(this::referral).optional();
    }

    /** Locks the row, so that concurrent acknowledgements, feedback or first deliveries are serialised. */
    Optional<Referral> lock(UUID id) {
        return jdbc.sql(SELECT + " where r.id = ? for update of r").param(id).query(this::referral).optional();
    }

    public List<Referral> ofCase(UUID caseId) {
        return jdbc.sql(SELECT + " where r.case_id = ? order by r.sent_at, r.agency").param(caseId).query(this::referral).list();
    }

    List<Referral> ofEscalation(UUID escalationId) {
        return jdbc.sql(SELECT + " where r.escalation_id = ? order by r.agency").param(escalationId).query(this::referral).list();
    }

    /** The referrals of these agencies, newest first, keyset-paginated on (sent_at, id). */
    List<Referral> ofAgencies(Set<Agency> agencies, Instant beforeAt, UUID beforeId, int limit) {
        if (agencies.isEmpty()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder(SELECT).append(" where r.agency in (:agencies)");
        Map<String, Object> params = new HashMap<>();
        params.put("agencies", agencies.stream().map(Enum::name).toList());
        if (beforeAt != null) {
            sql.append(" and (r.sent_at, r.id) < (:beforeAt, :beforeId)");
            params.put("beforeAt", Jdbc.ts(beforeAt));
            params.put("beforeId", beforeId);
        }
        sql.append(" order by r.sent_at desc, r.id desc limit :limit");
        params.put("limit", limit);
        return jdbc.sql(sql.toString()).params(params).query(this::referral).list();
    }

    /** The package as it was sent. */
    ReferralPackage content(UUID id) {
        String text = jdbc.sql("select package::text from referrals where id = ?").param(id).query(String.class).single();
        try {
            return json.readValue(text, ReferralPackage.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable package of referral " + id, e);
        }
    }

    void acknowledge(UUID id, String by, Instant at, String reference, String note) {
        jdbc.sql("""
                update referrals set status = 'ACKNOWLEDGED', acknowledged_by = ?, acknowledged_at = ?,
                       acknowledgement_reference = ?, acknowledgement_note = ?
                 where id = ?
                """)
                .params(by, Jdbc.ts(at), reference, note, id).update();
    }

    void reminded(UUID id, Instant at) {
        jdbc.sql("update referrals set reminded_at = coalesce(reminded_at, ?) where id = ?").params(Jdbc.ts(at), id).update();
    }

    void followedUp(UUID id, String by, Instant at, String note) {
        jdbc.sql("update referrals set followed_up_by = ?, followed_up_at = ?, follow_up_note = ? where id = ?")
                .params(by, Jdbc.ts(at), note, id).update();
    }

    void close(UUID id, Instant at) {
        jdbc.sql("update referrals set status = 'CLOSED', closed_at = ? where id = ?").params(Jdbc.ts(at), id).update();
    }

    /** Withdraws every referral of the escalation that is still open. */
    void withdrawAll(UUID escalationId, Instant at) {
        jdbc.sql("update referrals set status = 'WITHDRAWN', withdrawn_at = ? where escalation_id = ? and status in ('SENT', 'ACKNOWLEDGED')")
                .params(Jdbc.ts(at), escalationId).update();
    }

    void addFeedback(UUID referralId, FeedbackEntry entry) {
        jdbc.sql("insert into referral_feedback (id, referral_id, type, note, recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?)")
                .params(entry.id(), referralId, entry.type().name(), entry.note(), entry.recordedBy(), Jdbc.ts(entry.recordedAt()))
                .update();
    }

    private List<FeedbackEntry> feedback(UUID referralId) {
        return jdbc.sql("select * from referral_feedback where referral_id = ? order by recorded_at, id")
                .param(referralId)
                .query((rs, n) -> new FeedbackEntry(rs.getObject("id", UUID.class), FeedbackType.valueOf(rs.getString("type")),
                        rs.getString("note"), rs.getString("recorded_by"), Jdbc.instant(rs, "recorded_at")))
                .list();
    }

    private Referral referral(ResultSet rs, int row) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        return new Referral(
                id,
                rs.getObject("escalation_id", UUID.class),
                rs.getObject("case_id", UUID.class),
                rs.getString("case_number"),
                Agency.valueOf(rs.getString("agency")),
                ReferralStatus.valueOf(rs.getString("status")),
                rs.getString("tlp"),
                rs.getString("legal_basis"),
                rs.getBoolean("share_consent"),
                rs.getBoolean("emergency"),
                rs.getString("package_digest"),
                rs.getString("sent_by"),
                Jdbc.instant(rs, "sent_at"),
                rs.getString("acknowledged_by"),
                Jdbc.instant(rs, "acknowledged_at"),
                rs.getString("acknowledgement_reference"),
                rs.getString("acknowledgement_note"),
                Jdbc.instant(rs, "reminded_at"),
                rs.getString("followed_up_by"),
                Jdbc.instant(rs, "followed_up_at"),
                rs.getString("follow_up_note"),
                Jdbc.instant(rs, "closed_at"),
                Jdbc.instant(rs, "withdrawn_at"),
                feedback(id));
    }
}
