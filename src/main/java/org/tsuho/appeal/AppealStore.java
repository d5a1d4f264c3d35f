package org.tsuho.appeal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tsuho.platform.database.Jdbc;
import org.tsuho.platform.error.NotFoundException;

/** The appeals table and the company's submissions. */
@Repository
class AppealStore {

    private final JdbcClient jdbc;

    AppealStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Appeal a) {
        jdbc.sql("""
                insert into appeals (id, number, notice_id, proceeding_id, case_id, company_id, learned_on, filed_on, deadline, timely,
                                     grounds, late_reason, status, ruling, ruling_reasons, ruled_by, ruled_at, filed_by, filed_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(a.id(), a.number(), a.noticeId(), a.proceedingId(), a.caseId(), a.companyId(), a.learnedOn(), a.filedOn(),
                        a.deadline(), a.timely(), a.grounds(), a.lateReason(), a.status().name(),
                        a.ruling() == null ? null : a.ruling().name(), a.rulingReasons(), a.ruledBy(), Jdbc.ts(a.ruledAt()),
                        a.filedBy(), Jdbc.ts(a.filedAt()))
                .update();
    }

    boolean existsFor(UUID noticeId) {
        return jdbc.sql("select exists (select 1 from appeals where notice_id = ?)").param(noticeId).query(Boolean.class).single();
    }

    Optional<Appeal> find(UUID id) {
        return jdbc.sql("select * from appeals where id = ?").param(id).query(AppealStore::appeal).optional();
    }

    Appeal get(UUID id) {
        return find(id).orElseThrow(() -> new NotFoundException("appeal"));
    }

    /** Locks the row: steps of one appeal happen one at a time. */
    Appeal lock(UUID id) {
        return jdbc.sql("select * from appeals where id = ? for update").param(id).query(AppealStore::appeal).optional()
                .orElseThrow(() -> new NotFoundException("appeal"));
    }

    Appeal lockByProcess(String processInstanceId) {
        return jdbc.sql("select * from appeals where process_instance_id = ? for update").param(processInstanceId)
                .query(AppealStore::appeal).optional().orElseThrow(() -> new NotFoundException("appeal"));
    }

    Optional<Appeal> findByNumber(String number) {
        return jdbc.sql("select * from appeals where number = ?").param(number).query(AppealStore::appeal).optional();
    }

    /** Newest first: a company's own, or (companyId null) all. */
    /** Newest first, keyset-paginated on (filed_at, id); {@code companyId} null for all companies. */
    List<Appeal> latest(String companyId, Instant beforeFiledAt, UUID beforeId, int limit) {
        return jdbc.sql("""
                        select * from appeals
                         where (cast(:company as varchar) is null or company_id = :company)
                           and (cast(:beforeAt as timestamptz) is null or (filed_at, id) < (:beforeAt, :beforeId))
                         order by filed_at desc, id desc limit :limit
                        """)
                .param("company", companyId).param("beforeAt", Jdbc.ts(beforeFiledAt)).param("beforeId", beforeId)
                .param("limit", limit)
                .query(AppealStore::appeal).list();
    }

    /** The examiner's queue: appeals assigned to them, not yet ruled, oldest first. */
    List<Appeal> assignedTo(String examiner) {
        return jdbc.sql("select * from appeals where examiner = ? and ruled_at is null order by filed_at, id").param(examiner)
                .query(AppealStore::appeal).list();
    }

    void attachProcess(UUID id, String processInstanceId) {
        jdbc.sql("update appeals set process_instance_id = ? where id = ?").params(processInstanceId, id).update();
    }

    void moveTo(UUID id, AppealStatus status) {
        jdbc.sql("update appeals set status = ? where id = ?").params(status.name(), id).update();
    }

    void assign(UUID id, String examiner, String assignedBy) {
        jdbc.sql("update appeals set examiner = ?, assigned_by = ? where id = ?").params(examiner, assignedBy, id).update();
    }

    void examined(UUID id, String agencyStatement, String oralStatement, String opinion, Ruling recommended, Instant at) {
        jdbc.sql("""
                update appeals set agency_statement = ?, oral_statement = ?, opinion = ?, recommended_ruling = ?, examined_at = ?,
                                   status = 'AWAITING_RULING'
                 where id = ?
                """)
                .params(agencyStatement, oralStatement, opinion, recommended.name(), Jdbc.ts(at), id).update();
    }

    void ruled(UUID id, Ruling ruling, String reasons, Long variedFineYen, String ruledBy, Instant at) {
        jdbc.sql("""
                update appeals set ruling = ?, ruling_reasons = ?, varied_fine_yen = ?, ruled_by = ?, ruled_at = ?, status = 'RULED'
                 where id = ?
                """)
                .params(ruling.name(), reasons, variedFineYen, ruledBy, Jdbc.ts(at), id).update();
    }

    void rulingServed(UUID id, UUID noticeId) {
        jdbc.sql("update appeals set ruling_notice_id = ? where id = ?").params(noticeId, id).update();
    }

    void insertSubmission(UUID appealId, Submission submission) {
        jdbc.sql("insert into appeal_submissions (id, appeal_id, text, submitted_by, submitted_at) values (?, ?, ?, ?, ?)")
                .params(submission.id(), appealId, submission.text(), submission.submittedBy(), Jdbc.ts(submission.submittedAt()))
                .update();
    }

    List<Submission> submissions(UUID appealId) {
        return jdbc.sql("select * from appeal_submissions where appeal_id = ? order by submitted_at, id").param(appealId)
                .query((rs, n) -> new Submission(rs.getObject("id", UUID.class), rs.getString("text"), rs.getString("submitted_by"),
                        Jdbc.instant(rs, "submitted_at")))
                .list();
    }

    private static Appeal appeal(ResultSet rs, int row) throws SQLException {
        return new Appeal(rs.getObject("id", UUID.class), rs.getString("number"), rs.getObject("notice_id", UUID.class),
                rs.getObject("proceeding_id", UUID.class), rs.getObject("case_id", UUID.class), rs.getString("company_id"),
                date(rs, "learned_on"), date(rs, "filed_on"), date(rs, "deadline"), rs.getBoolean("timely"), rs.getString("grounds"),
                rs.getString("late_reason"), AppealStatus.valueOf(rs.getString("status")), rs.getString("examiner"),
                rs.getString("assigned_by"), rs.getString("agency_statement"), rs.getString("oral_statement"), rs.getString("opinion"),
                ruling(rs, "recommended_ruling"), Jdbc.instant(rs, "examined_at"), ruling(rs, "ruling"), rs.getString("ruling_reasons"),
                (Long) rs.getObject("varied_fine_yen"), rs.getString("ruled_by"), Jdbc.instant(rs, "ruled_at"),
                rs.getObject("ruling_notice_id", UUID.class), rs.getString("process_instance_id"), rs.getString("filed_by"),
                Jdbc.instant(rs, "filed_at"));
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        java.sql.Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    private static Ruling ruling(ResultSet rs, String column) throws SQLException {
        String value = rs.getString(column);
        return value == null ? null : Ruling.valueOf(value);
    }
}
