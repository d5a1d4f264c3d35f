package org.tsuho.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tsuho.platform.database.Jdbc;
import org.tsuho.support.RegistryFixtures;

/**
 * Rows written straight into our tables with the times a statistic needs (years ago, on a day's edge), which no
 * request could produce: the statistics read these tables with plain SQL, so the rows are all they see. Numbers
 * and the operator are made up per fixture, so nothing clashes with other tests' rows.
 */
final class StatisticsFixtures {

    static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private final JdbcClient jdbc;
    final String companyId;
    final UUID caseId;

    /** An operator of this sector with one case to hang the rows on. */
    StatisticsFixtures(JdbcClient jdbc, String sector) {
        this.jdbc = jdbc;
        this.companyId = RegistryFixtures.newCorporateNumber();
        jdbc.sql("insert into companies (id, name_ja, name_en, sector, designated, status) values (?, ?, ?, ?, true, 'DESIGNATED')")
                .params(companyId, "統計試験事業者 " + companyId, "Statistics test operator " + companyId, sector).update();
        this.caseId = newCase();
    }

    private UUID newCase() {
        UUID id = UUID.randomUUID();
        Instant at = Instant.parse("2010-01-01T00:00:00Z");
        jdbc.sql("""
                insert into cases (id, case_number, company_id, status, title, tlp, created_at, updated_at)
                values (?, ?, ?, 'RECEIVED', '統計試験', 'GREEN', ?, ?)
                """).params(id, number("S"), companyId, Jdbc.ts(at), Jdbc.ts(at)).update();
        return id;
    }

    /** A moment in Japan time. */
    static Instant jst(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(JAPAN).toInstant();
    }

    /** @param stage null for a report without a stage (an asset notification) */
    void report(String stage, boolean late, Instant submittedAt) {
        jdbc.sql("""
                insert into reports (id, receipt_number, case_id, company_id, kind, stage, title, summary, tlp, share_consent,
                                     submitted_at, submitted_by, late)
                values (?, ?, ?, ?, ?, ?, '統計試験の報告', '概要', 'GREEN', false, ?, 'statistics-test', ?)
                """)
                .params(UUID.randomUUID(), number("R"), caseId, companyId, stage == null ? "ASSET_NOTIFICATION" : "INCIDENT", stage,
                        Jdbc.ts(submittedAt), late)
                .update();
    }

    /** @param targets e.g. {@code {POLICE,MOD}} */
    UUID escalation(String targets, String status, Instant proposedAt) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into escalations (id, case_id, status, targets, criteria, emergency, proposed_by, proposed_at, proposal_rationale)
                values (?, ?, ?, cast(? as text[]), '{}', false, 'statistics-test', ?, '統計試験')
                """).params(id, caseId, status, targets, Jdbc.ts(proposedAt)).update();
        return id;
    }

    void referral(String agency, Instant sentAt) {
        UUID escalation = escalation("{" + agency + "}", "REFERRED", Instant.parse("2000-01-01T00:00:00Z"));
        jdbc.sql("""
                insert into referrals (id, escalation_id, case_id, agency, status, tlp, legal_basis, share_consent, package,
                                       package_digest, sent_by, sent_at)
                values (?, ?, ?, ?, 'SENT', 'GREEN', '統計試験', false, '{}'::jsonb, ?, 'statistics-test', ?)
                """).params(UUID.randomUUID(), escalation, caseId, agency, "0".repeat(64), Jdbc.ts(sentAt)).update();
    }

    /** A proceeding on a case of its own (a company has one open proceeding per case). */
    UUID proceeding(String status) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into proceedings (id, number, company_id, case_id, regime, status, opened_by, opened_at)
                values (?, ?, ?, ?, 'jp-acd', ?, 'statistics-test', ?)
                """).params(id, number("P"), companyId, newCase(), status, Jdbc.ts(Instant.parse("2010-01-01T00:00:00Z"))).update();
        return id;
    }

    void decision(String kind, String decision, Instant decidedAt) {
        jdbc.sql("""
                insert into proceeding_decisions (id, proceeding_id, kind, decision, reasons, decided_by, decided_at)
                values (?, ?, ?, ?, '統計試験', 'statistics-test', ?)
                """).params(UUID.randomUUID(), proceeding("CLOSED"), kind, decision, Jdbc.ts(decidedAt)).update();
    }

    /** An appeal against a notice of its own; {@code ruling} and {@code ruledAt} null while it is not ruled. */
    void appeal(String status, LocalDate filedOn, String ruling, Instant ruledAt) {
        UUID proceeding = proceeding("FINE_IMPOSED");
        UUID notice = UUID.randomUUID();
        String noticeNumber = number("N");
        jdbc.sql("""
                insert into notices (id, number, proceeding_id, company_id, type, disposition, document, text, issued_by, issued_at)
                values (?, ?, ?, ?, 'DISPOSITION', 'ORDER', cast(? as jsonb), '統計試験', 'statistics-test', ?)
                """).params(notice, noticeNumber, proceeding, companyId, document(noticeNumber),
                        Jdbc.ts(filedOn.minusDays(10).atStartOfDay(JAPAN).toInstant()))
                .update();
        jdbc.sql("""
                insert into appeals (id, number, notice_id, proceeding_id, case_id, company_id, learned_on, filed_on, deadline, timely,
                                     grounds, status, ruling, ruled_at, filed_by, filed_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, true, '統計試験', ?, ?, ?, 'statistics-test', ?)
                """)
                .params(UUID.randomUUID(), number("A"), notice, proceeding, caseId, companyId, filedOn.minusDays(5), filedOn,
                        filedOn.plusMonths(3), status, ruling, Jdbc.ts(ruledAt), Jdbc.ts(filedOn.atStartOfDay(JAPAN).toInstant()))
                .update();
    }

    /** A notice document as the screens and the API read it (listed with every other notice for staff). */
    private static String document(String number) {
        return """
                {"number": "%s", "date": "2010-01-01", "addressee": "統計試験事業者", "authority": "統計試験", "title": "処分通知書",
                 "preamble": "統計試験", "sections": []}
                """.formatted(number);
    }

    /** An open task of the inbox read model in this queue. */
    void task(String queue, Instant createdAt, Instant dueAt, boolean flaggedOverdue) {
        jdbc.sql("""
                insert into inbox_tasks (task_id, task_key, name, case_id, candidate_group, created_at, due_at, overdue, process_instance_id)
                values (?, 'Task_Statistics', '統計試験', ?, ?, ?, ?, ?, 'statistics-test')
                """).params("stat-" + UUID.randomUUID(), caseId, queue, Jdbc.ts(createdAt), Jdbc.ts(dueAt), flaggedOverdue).update();
    }

    void removeTasks(String queue) {
        jdbc.sql("delete from inbox_tasks where candidate_group = ?").param(queue).update();
    }

    /** A number no real record has: a letter, "T" and twelve random digits. */
    private static String number(String kind) {
        return kind + "T-" + String.format("%012d", ThreadLocalRandom.current().nextLong(1_000_000_000_000L));
    }
}
