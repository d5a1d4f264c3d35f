package org.tsuho.escalation;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tsuho.platform.database.Jdbc;
import org.tsuho.platform.error.NotFoundException;

/** The escalations table: proposals and the supervisors' decisions on them. */
@Repository
public class Escalations {

    private final JdbcClient jdbc;

    Escalations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, UUID caseId, List<Agency> targets, List<String> criteria, boolean emergency, String proposedBy,
                Instant proposedAt, String rationale) {
        jdbc.sql("""
                insert into escalations (id, case_id, status, targets, criteria, emergency, proposed_by, proposed_at,
                                         proposal_rationale)
                values (?, ?, 'PROPOSED', ?, ?, ?, ?, ?, ?)
                """)
                .params(id, caseId, targets.stream().map(Enum::name).toArray(String[]::new), criteria.toArray(String[]::new),
                        emergency, proposedBy, Jdbc.ts(proposedAt), rationale)
                .update();
    }

    void attachProcess(UUID id, String processInstanceId) {
        jdbc.sql("update escalations set process_instance_id = ? where id = ?").params(processInstanceId, id).update();
    }

    public Escalation get(UUID id) {
        return find(id).orElseThrow(() -> new NotFoundException("escalation"));
    }

    public Optional<Escalation> find(UUID id) {
        return jdbc.sql("select * from escalations where id = ?").param(id).query(Escalations::escalation).optional();
    }

    /** Locks the row: two supervisors deciding at once cannot both succeed. */
    Escalation lockByProcess(String processInstanceId) {
        return jdbc.sql("select * from escalations where process_instance_id = ? for update").param(processInstanceId)
                .query(Escalations::escalation).optional().orElseThrow(() -> new NotFoundException("escalation"));
    }

    /** Locks the row: work that moves the escalation's process (decisions, closures) happens one at a time. */
    void lock(UUID id) {
        jdbc.sql("select id from escalations where id = ? for update").param(id).query(UUID.class).single();
    }

    public List<Escalation> ofCase(UUID caseId) {
        return jdbc.sql("select * from escalations where case_id = ? order by proposed_at, id").param(caseId)
                .query(Escalations::escalation).list();
    }

    public String processInstanceOf(UUID id) {
        return jdbc.sql("select process_instance_id from escalations where id = ?").param(id).query(String.class).single();
    }

    void decide(UUID id, boolean approved, String by, Instant at, String rationale, String requestedTlp) {
        jdbc.sql("""
                update escalations set approved = ?, decided_by = ?, decided_at = ?, decision_rationale = ?, requested_tlp = ?,
                       status = ?
                 where id = ?
                """)
                .params(approved, by, Jdbc.ts(at), rationale, requestedTlp,
                        (approved ? EscalationStatus.REFERRED : EscalationStatus.REJECTED).name(), id)
                .update();
    }

    void ratificationDue(UUID id, Instant dueAt) {
        jdbc.sql("update escalations set ratification_due_at = ? where id = ?").params(Jdbc.ts(dueAt), id).update();
    }

    void ratify(UUID id, boolean ratified, String by, Instant at, String rationale) {
        jdbc.sql("update escalations set ratified = ?, ratified_by = ?, ratified_at = ?, ratification_rationale = ? where id = ?")
                .params(ratified, by, Jdbc.ts(at), rationale, id).update();
    }

    void ratificationOverdue(UUID id, Instant at) {
        jdbc.sql("update escalations set ratification_overdue_at = coalesce(ratification_overdue_at, ?) where id = ?")
                .params(Jdbc.ts(at), id).update();
    }

    void conclude(UUID id, EscalationStatus status, Instant at) {
        jdbc.sql("update escalations set status = ?, concluded_at = coalesce(concluded_at, ?) where id = ?")
                .params(status.name(), Jdbc.ts(at), id).update();
    }

    private static Escalation escalation(ResultSet rs, int row) throws SQLException {
        return new Escalation(
                rs.getObject("id", UUID.class),
                rs.getObject("case_id", UUID.class),
                EscalationStatus.valueOf(rs.getString("status")),
                strings(rs.getArray("targets")).stream().map(Agency::valueOf).toList(),
                strings(rs.getArray("criteria")),
                rs.getBoolean("emergency"),
                rs.getString("proposed_by"),
                Jdbc.instant(rs, "proposed_at"),
                rs.getString("proposal_rationale"),
                rs.getString("decided_by"),
                Jdbc.instant(rs, "decided_at"),
                (Boolean) rs.getObject("approved"),
                rs.getString("decision_rationale"),
                rs.getString("requested_tlp"),
                Jdbc.instant(rs, "ratification_due_at"),
                rs.getString("ratified_by"),
                Jdbc.instant(rs, "ratified_at"),
                (Boolean) rs.getObject("ratified"),
                rs.getString("ratification_rationale"),
                Jdbc.instant(rs, "ratification_overdue_at"),
                Jdbc.instant(rs, "concluded_at"));
    }

    private static List<String> strings(Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }
}
