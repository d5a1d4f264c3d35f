package org.tsuho.enforcement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tsuho.deadline.Stage;
import org.tsuho.platform.database.Jdbc;
import org.tsuho.platform.error.NotFoundException;

/** The proceedings table and what belongs to each proceeding: failures, grounds, notice drafts, decisions. */
@Repository
class ProceedingStore {

    private final JdbcClient jdbc;

    ProceedingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Locks the case row: openings of proceedings about one case queue on it, so the second one finds the first
     * (and no number is drawn for a proceeding that is not created).
     */
    void lockCase(UUID caseId) {
        jdbc.sql("select id from cases where id = ? for update").param(caseId).query(UUID.class).optional()
                .orElseThrow(() -> new NotFoundException("case"));
    }

    void insert(UUID id, String number, String companyId, UUID caseId, PenaltyRegime regime, String openedBy, Instant at) {
        jdbc.sql("""
                insert into proceedings (id, number, company_id, case_id, regime, status, opened_by, opened_at)
                values (?, ?, ?, ?, ?, 'OPEN', ?, ?)
                """)
                .params(id, number, companyId, caseId, regime.label(), openedBy, Jdbc.ts(at))
                .update();
    }

    Optional<Proceeding> findOpen(String companyId, UUID caseId) {
        return jdbc.sql("select * from proceedings where company_id = ? and case_id = ? and closed_at is null")
                .params(companyId, caseId).query(ProceedingStore::proceeding).optional();
    }

    Optional<Proceeding> find(UUID id) {
        return jdbc.sql("select * from proceedings where id = ?").param(id).query(ProceedingStore::proceeding).optional();
    }

    Proceeding get(UUID id) {
        return find(id).orElseThrow(() -> new NotFoundException("proceeding"));
    }

    /** Locks the row: steps and decisions of one proceeding happen one at a time. */
    Proceeding lock(UUID id) {
        return jdbc.sql("select * from proceedings where id = ? for update").param(id).query(ProceedingStore::proceeding)
                .optional().orElseThrow(() -> new NotFoundException("proceeding"));
    }

    Proceeding lockByProcess(String processInstanceId) {
        return jdbc.sql("select * from proceedings where process_instance_id = ? for update").param(processInstanceId)
                .query(ProceedingStore::proceeding).optional().orElseThrow(() -> new NotFoundException("proceeding"));
    }

    List<Proceeding> ofCase(UUID caseId) {
        return jdbc.sql("select * from proceedings where case_id = ? order by opened_at, id").param(caseId)
                .query(ProceedingStore::proceeding).list();
    }

    /** Newest first. */
    List<Proceeding> ofCompany(String companyId) {
        return jdbc.sql("select * from proceedings where company_id = ? order by opened_at desc, id desc").param(companyId)
                .query(ProceedingStore::proceeding).list();
    }

    /** Proceedings (open or not) whose failures include a still-missing report of this kind about {@code reference}. */
    List<Proceeding> awaitingFiling(FailureType type, String reference) {
        return jdbc.sql("""
                select p.* from proceedings p
                 where exists (select 1 from proceeding_failures f where f.proceeding_id = p.id and f.type = ?
                                  and f.reference = ? and f.filed_at is null)
                 order by p.opened_at
                """)
                .params(type.name(), reference).query(ProceedingStore::proceeding).list();
    }

    /** Newest first. */
    List<Proceeding> latest(int limit) {
        return jdbc.sql("select * from proceedings order by opened_at desc, id desc limit ?")
                .param(limit).query(ProceedingStore::proceeding).list();
    }

    void attachProcess(UUID id, String processInstanceId) {
        jdbc.sql("update proceedings set process_instance_id = ? where id = ?").params(processInstanceId, id).update();
    }

    String processInstanceOf(UUID id) {
        return jdbc.sql("select process_instance_id from proceedings where id = ?").param(id).query(String.class).single();
    }

    void moveTo(UUID id, ProceedingStatus status, Instant at) {
        jdbc.sql("update proceedings set status = ?, closed_at = ? where id = ?")
                .params(status.name(), status.isOpen() ? null : Jdbc.ts(at), id).update();
    }

    /** Adds the failure unless the proceeding already lists it; returns whether it was new. */
    boolean addFailure(UUID proceedingId, Failure failure, String recordedBy, Instant at) {
        return jdbc.sql("""
                insert into proceeding_failures (id, proceeding_id, type, stage, reference, due_at, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (proceeding_id, type, reference) do nothing
                """)
                .params(UUID.randomUUID(), proceedingId, failure.type().name(), failure.stage() == null ? null : failure.stage().name(),
                        failure.reference(), Jdbc.ts(failure.dueAt()), recordedBy, Jdbc.ts(at))
                .update() == 1;
    }

    /** The late report's own filing time, for a LATE_REPORT failure. */
    void filed(UUID proceedingId, FailureType type, String reference, Instant filedAt) {
        jdbc.sql("update proceeding_failures set filed_at = coalesce(filed_at, ?) where proceeding_id = ? and type = ? and reference = ?")
                .params(Jdbc.ts(filedAt), proceedingId, type.name(), reference).update();
    }

    List<ListedFailure> failures(UUID proceedingId) {
        return jdbc.sql("select * from proceeding_failures where proceeding_id = ? order by recorded_at, reference")
                .param(proceedingId)
                .query((rs, n) -> new ListedFailure(FailureType.valueOf(rs.getString("type")),
                        rs.getString("stage") == null ? null : Stage.valueOf(rs.getString("stage")), rs.getString("reference"),
                        Jdbc.instant(rs, "due_at"), Jdbc.instant(rs, "filed_at"), rs.getString("recorded_by"),
                        Jdbc.instant(rs, "recorded_at")))
                .list();
    }

    /** Missing reports or notifications of the proceeding that have still not been filed. */
    int outstanding(UUID proceedingId) {
        return jdbc.sql("select count(*) from proceeding_failures where proceeding_id = ? and type <> 'LATE_REPORT' and filed_at is null")
                .param(proceedingId).query(Integer.class).single();
    }

    int failureCount(UUID proceedingId) {
        return jdbc.sql("select count(*) from proceeding_failures where proceeding_id = ?").param(proceedingId)
                .query(Integer.class).single();
    }

    void addGrounds(UUID proceedingId, String grounds, String givenBy, Instant at) {
        jdbc.sql("insert into proceeding_grounds (id, proceeding_id, grounds, given_by, given_at) values (?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), proceedingId, grounds, givenBy, Jdbc.ts(at)).update();
    }

    List<Grounds> grounds(UUID proceedingId) {
        return jdbc.sql("select grounds, given_by, given_at from proceeding_grounds where proceeding_id = ? order by given_at, id")
                .param(proceedingId)
                .query((rs, n) -> new Grounds(rs.getString("grounds"), rs.getString("given_by"), Jdbc.instant(rs, "given_at")))
                .list();
    }

    void insertDraft(UUID proceedingId, NoticeDraft draft) {
        jdbc.sql("""
                insert into notice_drafts (id, proceeding_id, disposition, facts, legal_basis, response_days, fine_yen,
                                           prepared_by, prepared_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(draft.id(), proceedingId, draft.disposition().name(), draft.facts(), draft.legalBasis(), draft.responseDays(),
                        draft.fineYen(), draft.preparedBy(), Jdbc.ts(draft.preparedAt()))
                .update();
    }

    void decideDraft(UUID draftId, boolean approved, String by, Instant at, String rationale) {
        jdbc.sql("update notice_drafts set approved = ?, decided_by = ?, decided_at = ?, decision_rationale = ? where id = ?")
                .params(approved, by, Jdbc.ts(at), rationale, draftId).update();
    }

    List<NoticeDraft> drafts(UUID proceedingId) {
        return jdbc.sql("select * from notice_drafts where proceeding_id = ? order by prepared_at, id").param(proceedingId)
                .query(ProceedingStore::draft).list();
    }

    /** The draft awaiting a supervisor's decision, if any. */
    Optional<NoticeDraft> undecidedDraft(UUID proceedingId) {
        return jdbc.sql("select * from notice_drafts where proceeding_id = ? and approved is null order by prepared_at desc, id limit 1")
                .param(proceedingId).query(ProceedingStore::draft).optional();
    }

    Optional<NoticeDraft> approvedDraft(UUID proceedingId) {
        return jdbc.sql("select * from notice_drafts where proceeding_id = ? and approved order by decided_at desc, id limit 1")
                .param(proceedingId).query(ProceedingStore::draft).optional();
    }

    void insertDecision(UUID proceedingId, ProceedingDecision decision) {
        jdbc.sql("""
                insert into proceeding_decisions (id, proceeding_id, kind, decision, reasons, compliance_days, fine_yen, decided_by, decided_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(decision.id(), proceedingId, decision.kind().name(), decision.decision(), decision.reasons(),
                        decision.complianceDays(), decision.fineYen(), decision.decidedBy(), Jdbc.ts(decision.decidedAt()))
                .update();
    }

    List<ProceedingDecision> decisions(UUID proceedingId) {
        return jdbc.sql("select * from proceeding_decisions where proceeding_id = ? order by decided_at, id").param(proceedingId)
                .query(ProceedingStore::decision).list();
    }

    Optional<ProceedingDecision> latestDecision(UUID proceedingId, DecisionKind kind) {
        return jdbc.sql("select * from proceeding_decisions where proceeding_id = ? and kind = ? order by decided_at desc, id limit 1")
                .params(proceedingId, kind.name()).query(ProceedingStore::decision).optional();
    }

    private static Proceeding proceeding(ResultSet rs, int row) throws SQLException {
        return new Proceeding(rs.getObject("id", UUID.class), rs.getString("number"), rs.getString("company_id"),
                rs.getObject("case_id", UUID.class), PenaltyRegime.ofLabel(rs.getString("regime")).orElseThrow(),
                ProceedingStatus.valueOf(rs.getString("status")), rs.getString("opened_by"), Jdbc.instant(rs, "opened_at"),
                Jdbc.instant(rs, "closed_at"));
    }

    private static NoticeDraft draft(ResultSet rs, int row) throws SQLException {
        return new NoticeDraft(rs.getObject("id", UUID.class), Disposition.valueOf(rs.getString("disposition")), rs.getString("facts"),
                rs.getString("legal_basis"), rs.getInt("response_days"), (Long) rs.getObject("fine_yen"), rs.getString("prepared_by"),
                Jdbc.instant(rs, "prepared_at"), (Boolean) rs.getObject("approved"), rs.getString("decided_by"),
                Jdbc.instant(rs, "decided_at"), rs.getString("decision_rationale"));
    }

    private static ProceedingDecision decision(ResultSet rs, int row) throws SQLException {
        return new ProceedingDecision(rs.getObject("id", UUID.class), DecisionKind.valueOf(rs.getString("kind")),
                rs.getString("decision"), rs.getString("reasons"), (Integer) rs.getObject("compliance_days"),
                (Long) rs.getObject("fine_yen"), rs.getString("decided_by"), Jdbc.instant(rs, "decided_at"));
    }
}
