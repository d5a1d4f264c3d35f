package org.tsuho.triage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tsuho.intake.CaseRequests;
import org.tsuho.intake.RequestView;
import org.tsuho.platform.database.Jdbc;

/** The requests for information of every case; also what a company sees of them on its reports. */
@Repository
public class InformationRequests implements CaseRequests {

    private final JdbcClient jdbc;

    InformationRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(InformationRequest request) {
        jdbc.sql("insert into information_requests (id, case_id, question, asked_by, asked_at, due_at) values (?, ?, ?, ?, ?, ?)")
                .params(request.id(), request.caseId(), request.question(), request.askedBy(), Jdbc.ts(request.askedAt()),
                        Jdbc.ts(request.dueAt()))
                .update();
    }

    /** Locks the row, so two answers at once cannot both succeed. */
    Optional<InformationRequest> lock(UUID id) {
        return jdbc.sql("select * from information_requests where id = ? for update").param(id).query(InformationRequests::request).optional();
    }

    void answer(UUID id, String answer, String answeredBy, Instant at) {
        jdbc.sql("update information_requests set answer = ?, answered_by = ?, answered_at = ? where id = ?")
                .params(answer, answeredBy, Jdbc.ts(at), id).update();
    }

    void reminded(UUID id, Instant at) {
        jdbc.sql("update information_requests set reminded_at = ? where id = ?").params(Jdbc.ts(at), id).update();
    }

    public Optional<InformationRequest> find(UUID id) {
        return jdbc.sql("select * from information_requests where id = ?").param(id).query(InformationRequests::request).optional();
    }

    public List<InformationRequest> ofCase(UUID caseId) {
        return jdbc.sql("select * from information_requests where case_id = ? order by asked_at, id")
                .param(caseId).query(InformationRequests::request).list();
    }

    @Override
    public List<RequestView> forCase(UUID caseId) {
        return ofCase(caseId).stream()
                .map(r -> new RequestView(r.id(), r.question(), r.askedAt(), r.dueAt(), r.answer(), r.answeredAt()))
                .toList();
    }

    private static InformationRequest request(ResultSet rs, int row) throws SQLException {
        return new InformationRequest(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class), rs.getString("question"),
                rs.getString("asked_by"), Jdbc.instant(rs, "asked_at"), Jdbc.instant(rs, "due_at"), Jdbc.instant(rs, "reminded_at"),
                rs.getString("answer"), rs.getString("answered_by"), Jdbc.instant(rs, "answered_at"));
    }
}
