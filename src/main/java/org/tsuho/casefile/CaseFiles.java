package org.tsuho.casefile;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsuho.audit.AuditTrail;
import org.tsuho.platform.database.Jdbc;
import org.tsuho.platform.error.NotFoundException;
import org.tsuho.platform.numbering.Numbering;

/** Opens cases, moves their status, records their timeline. */
@Service
public class CaseFiles {

    private static final String SELECT = """
            select c.id, c.case_number, c.company_id, co.name_ja as company_name, co.sector, c.status, c.severity,
                   c.category, c.title, c.tlp, c.aware_at, c.related_case_id, r.case_number as related_case_number,
                   c.possible_duplicate, c.created_at, c.updated_at, c.voluntary
              from cases c
              join companies co on co.id = c.company_id
              left join cases r on r.id = c.related_case_id
            """;

    /**
     * Timeline actions whose detail is made of codes and ids only (task keys, receipt and case numbers, agencies,
     * decisions), so the audit entry may repeat it. Every other action's audit entry carries no detail: theirs can
     * quote a rationale, a note or a partner's reference.
     */
    private static final Set<String> CODED_DETAIL = Set.of("REPORT_RECEIVED", "POSSIBLE_DUPLICATE", "TASK_CLAIMED",
            "TASK_UNCLAIMED", "TRIAGED", "ESCALATION_APPROVED", "EMERGENCY_REFERRAL", "REFERRAL_SENT", "REFERRAL_DELIVERED",
            "REFERRAL_FEEDBACK", "REFERRAL_WITHDRAWN", "REFERRAL_ACK_OVERDUE", "RECORDS_CLEARED");

    private final JdbcClient jdbc;
    private final Numbering numbering;
    private final AuditTrail audit;
    private final Clock clock;

    CaseFiles(JdbcClient jdbc, Numbering numbering, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.numbering = numbering;
        this.audit = audit;
        this.clock = clock;
    }

    /** Opens a case in status RECEIVED; {@code relatedCaseId} marks a possible duplicate of that case. */
    @Transactional
    public CaseSummary open(String companyId, String title, String tlp, String category, Instant awareAt, UUID relatedCaseId) {
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        String number = numbering.next('C', now);
        jdbc.sql("""
                insert into cases (id, case_number, company_id, status, category, title, tlp, aware_at,
                                   related_case_id, possible_duplicate, created_at, updated_at)
                values (:id, :number, :company, 'RECEIVED', :category, :title, :tlp, :awareAt, :related, :duplicate, :now, :now)
                """)
                .param("id", id).param("number", number).param("company", companyId).param("category", category)
                .param("title", title).param("tlp", tlp).param("awareAt", Jdbc.ts(awareAt)).param("related", relatedCaseId)
                .param("duplicate", relatedCaseId != null).param("now", Jdbc.ts(now))
                .update();
        return get(id);
    }

    public CaseSummary get(UUID id) {
        return find(id).orElseThrow(() -> new NotFoundException("case"));
    }

    public Optional<CaseSummary> find(UUID id) {
        return jdbc.sql(SELECT + " where c.id = ?").param(id).query((rs, row) -> CaseSummary.of(rs)).optional();
    }

    public Optional<CaseSummary> findByNumber(String caseNumber) {
        return jdbc.sql(SELECT + " where c.case_number = ?").param(caseNumber).query((rs, row) -> CaseSummary.of(rs)).optional();
    }

    @Transactional
    public void changeStatus(UUID caseId, CaseStatus status, String actor, String action, String detail) {
        // closed_at starts the retention periods; a reopened case has none until it closes again
        int changed = jdbc.sql("""
                        update cases set status = :status, updated_at = :now,
                               closed_at = case when :status = 'CLOSED' then coalesce(closed_at, :now) end
                         where id = :id
                        """)
                .param("status", status.name()).param("now", Jdbc.ts(clock.instant())).param("id", caseId).update();
        if (changed == 0) {
            throw new NotFoundException("case");
        }
        timeline(caseId, actor, action, detail);
        audit.record(actor, caseId, action, "status=" + status + (detail != null && CODED_DETAIL.contains(action) ? " " + detail : ""));
    }

    /** Marks a case opened by a voluntary report (任意報告): it never leads to a proceeding. */
    @Transactional
    public void markVoluntary(UUID caseId) {
        jdbc.sql("update cases set voluntary = true where id = ?").param(caseId).update();
        record(caseId, "system", "VOLUNTARY_REPORT", null);
    }

    @Transactional
    public void assess(UUID caseId, int severity, String category) {
        jdbc.sql("update cases set severity = ?, category = ?, updated_at = ? where id = ?")
                .params(severity, category, Jdbc.ts(clock.instant()), caseId).update();
    }

    /**
     * Appends to the timeline, and to the audit trail in the same transaction. {@code detail} is a short note for
     * staff; never the report's free text.
     */
    @Transactional
    public void record(UUID caseId, String actor, String action, String detail) {
        timeline(caseId, actor, action, detail);
        audit.record(actor, caseId, action, CODED_DETAIL.contains(action) ? detail : null);
    }

    private void timeline(UUID caseId, String actor, String action, String detail) {
        jdbc.sql("insert into case_events (case_id, at, actor, action, detail) values (?, ?, ?, ?, ?)")
                .params(caseId, Jdbc.ts(clock.instant()), actor, action, detail)
                .update();
    }

    public List<TimelineEntry> timeline(UUID caseId) {
        return jdbc.sql("select at, actor, action, detail from case_events where case_id = ? order by at, id")
                .param(caseId)
                .query((rs, n) -> new TimelineEntry(rs.getTimestamp("at").toInstant(), rs.getString("actor"),
                        rs.getString("action"), rs.getString("detail")))
                .list();
    }
}
