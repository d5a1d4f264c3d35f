package org.tsuho.enforcement;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tsuho.platform.database.Jdbc;

/** The notices as served and the explanations given on them. */
@Repository
class Notices {

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    Notices(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** @param sourceId the approved draft (INTENDED_DISPOSITION) or the decision (DISPOSITION) it serves */
    void insert(Notice notice, UUID sourceId) {
        jdbc.sql("""
                insert into notices (id, number, proceeding_id, company_id, type, draft_id, decision_id, disposition, fine_yen,
                                     respond_by, compliance_due_at, appeal_by, document, text, issued_by, issued_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?)
                """)
                .params(notice.id(), notice.number(), notice.proceedingId(), notice.companyId(), notice.type().name(),
                        notice.type() == NoticeType.INTENDED_DISPOSITION ? sourceId : null,
                        notice.type() == NoticeType.DISPOSITION ? sourceId : null,
                        notice.disposition().name(), notice.fineYen(), Jdbc.ts(notice.respondBy()), Jdbc.ts(notice.complianceDueAt()),
                        notice.appealBy(), write(notice.document()), notice.document().text(), notice.issuedBy(),
                        Jdbc.ts(notice.issuedAt()))
                .update();
    }

    Optional<Notice> find(UUID id) {
        return jdbc.sql("select * from notices where id = ?").param(id).query(this::notice).optional();
    }

    /** The notice already served from this draft or decision: serving again (an engine retry) serves nothing new. */
    Optional<Notice> servedFrom(UUID sourceId) {
        return jdbc.sql("select * from notices where draft_id = ? or decision_id = ?").params(sourceId, sourceId)
                .query(this::notice).optional();
    }

    List<Notice> ofProceeding(UUID proceedingId) {
        return jdbc.sql("select * from notices where proceeding_id = ? order by issued_at, number").param(proceedingId)
                .query(this::notice).list();
    }

    /** A company's notices, newest first, keyset-paginated on (issued_at, id). */
    List<Notice> ofCompany(String companyId, Instant beforeAt, UUID beforeId, int limit) {
        if (beforeAt == null) {
            return jdbc.sql("select * from notices where company_id = ? order by issued_at desc, id desc limit ?")
                    .params(companyId, limit).query(this::notice).list();
        }
        return jdbc.sql("select * from notices where company_id = ? and (issued_at, id) < (?, ?) order by issued_at desc, id desc limit ?")
                .params(companyId, Jdbc.ts(beforeAt), beforeId, limit).query(this::notice).list();
    }

    /** Every company's notices, newest first (staff). */
    List<Notice> all(Instant beforeAt, UUID beforeId, int limit) {
        if (beforeAt == null) {
            return jdbc.sql("select * from notices order by issued_at desc, id desc limit ?").param(limit).query(this::notice).list();
        }
        return jdbc.sql("select * from notices where (issued_at, id) < (?, ?) order by issued_at desc, id desc limit ?")
                .params(Jdbc.ts(beforeAt), beforeId, limit).query(this::notice).list();
    }

    /** Locks the notice: two explanations at once cannot both be accepted. */
    Optional<Notice> lock(UUID id) {
        return jdbc.sql("select * from notices where id = ? for update").param(id).query(this::notice).optional();
    }

    void insertExplanation(Explanation explanation, UUID proceedingId) {
        jdbc.sql("insert into explanations (id, notice_id, proceeding_id, text, submitted_by, submitted_at) values (?, ?, ?, ?, ?, ?)")
                .params(explanation.id(), explanation.noticeId(), proceedingId, explanation.text(), explanation.submittedBy(),
                        Jdbc.ts(explanation.submittedAt()))
                .update();
    }

    Optional<Explanation> explanationOn(UUID noticeId) {
        return jdbc.sql("select * from explanations where notice_id = ?").param(noticeId).query(Notices::explanation).optional();
    }

    Optional<Explanation> explanationIn(UUID proceedingId) {
        return jdbc.sql("select * from explanations where proceeding_id = ? order by submitted_at limit 1").param(proceedingId)
                .query(Notices::explanation).optional();
    }

    private Notice notice(ResultSet rs, int row) throws SQLException {
        java.sql.Date appealBy = rs.getDate("appeal_by");
        return new Notice(rs.getObject("id", UUID.class), rs.getString("number"), rs.getObject("proceeding_id", UUID.class),
                rs.getString("company_id"), NoticeType.valueOf(rs.getString("type")), Disposition.valueOf(rs.getString("disposition")),
                (Long) rs.getObject("fine_yen"), Jdbc.instant(rs, "respond_by"), Jdbc.instant(rs, "compliance_due_at"),
                appealBy == null ? null : appealBy.toLocalDate(), read(rs.getString("document")), rs.getString("issued_by"),
                Jdbc.instant(rs, "issued_at"));
    }

    private static Explanation explanation(ResultSet rs, int row) throws SQLException {
        return new Explanation(rs.getObject("id", UUID.class), rs.getObject("notice_id", UUID.class), rs.getString("text"),
                rs.getString("submitted_by"), Jdbc.instant(rs, "submitted_at"));
    }

    private String write(NoticeDocument document) {
        try {
            return json.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the notice document", e);
        }
    }

    private NoticeDocument read(String text) {
        try {
            return json.readValue(text, NoticeDocument.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read a stored notice document", e);
        }
    }
}
