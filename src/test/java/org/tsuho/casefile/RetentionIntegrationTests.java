package org.tsuho.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tsuho.audit.AuditEntry;
import org.tsuho.audit.AuditFilter;
import org.tsuho.audit.AuditTrail;
import org.tsuho.support.ApiClient;
import org.tsuho.support.ReportBodies;
import org.tsuho.support.TaskQueue;
import org.tsuho.support.TsuhoIntegrationTest;

/**
 * Retention with a controlled clock (the engine clock every module reads): contact data of a closed case is redacted
 * once the rulebook's period has passed since closure, not a day before; the case, its timeline and its audit
 * entries stay; a legal hold stops the clearing until it is released.
 */
@TsuhoIntegrationTest
class RetentionIntegrationTests {

    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    @Autowired
    RetentionJob retention;
    @Autowired
    ManualLegalHolds holds;
    @Autowired
    CaseFiles cases;
    @Autowired
    AuditTrail trail;
    @Autowired
    JdbcTemplate jdbc;
    @LocalServerPort
    int port;

    @AfterEach
    void realTime() {
        ClockUtil.reset();
    }

    @Test
    void contactDataIsRedactedOnlyAfterTheRetentionPeriodAndTheCaseSkeletonStays() {
        UUID caseId = closedCase();
        Instant closedAt = closedAt(caseId);
        Instant due = closedAt.atZone(JAPAN).plusYears(3).toInstant();

        at(due.minusSeconds(60));
        retention.run();
        assertThat(contacts(caseId)).containsOnly("山田 太郎", "soc@towa-electric.example", "+81-3-1234-5678");

        at(due.plusSeconds(60));
        retention.run();
        assertThat(contacts(caseId)).containsOnlyNulls();
        CaseSummary kept = cases.get(caseId);
        assertThat(kept.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(kept.title()).isNotBlank();
        assertThat(cases.timeline(caseId)).extracting(TimelineEntry::action).contains("REPORT_RECEIVED", "CASE_CLOSED", "RECORDS_CLEARED");
        List<AuditEntry> audit = trail.search(AuditFilter.ofCase(caseId), null, 200);
        assertThat(audit).extracting(AuditEntry::action).contains("REPORT_RECEIVED", "TASK_COMPLETED", "CASE_CLOSED");
        assertThat(audit).filteredOn(e -> e.action().equals("RECORDS_CLEARED")).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("system");
            assertThat(e.detail()).isEqualTo("contact-data 1");
        });

        retention.run();
        assertThat(trail.search(AuditFilter.ofCase(caseId), null, 200)).filteredOn(e -> e.action().equals("RECORDS_CLEARED"))
                .as("each case is cleared once").hasSize(1);
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void aLegalHoldStopsTheClearingUntilItIsReleased() {
        UUID caseId = closedCase();
        holds.place(caseId, "supervisor-1", "inquiry by the Diet committee");
        at(closedAt(caseId).atZone(JAPAN).plusYears(4).toInstant());

        retention.run();
        assertThat(contacts(caseId)).doesNotContainNull();

        holds.release(caseId, "supervisor-1", "inquiry closed");
        retention.run();
        assertThat(contacts(caseId)).containsOnlyNulls();
        assertThat(trail.search(AuditFilter.ofCase(caseId), null, 200)).extracting(AuditEntry::action)
                .containsSubsequence("RECORDS_CLEARED", "LEGAL_HOLD_RELEASED", "LEGAL_HOLD_PLACED");
    }

    @Test
    void anOpenCaseKeepsItsContactDataWhateverItsAge() {
        ApiClient.Response filed = ApiClient.on(port).as("company-a").post("/api/v1/reports", ReportBodies.flash());
        UUID caseId = UUID.fromString(filed.text("caseId"));
        at(Instant.now().atZone(JAPAN).plusYears(10).toInstant());

        retention.run();

        assertThat(contacts(caseId)).doesNotContainNull();
    }

    /** A case filed and closed at triage, as it happens in the application. */
    private UUID closedCase() {
        ApiClient.Response filed = ApiClient.on(port).as("company-a").post("/api/v1/reports", ReportBodies.flash());
        assertThat(filed.status()).isEqualTo(201);
        String caseId = filed.text("caseId");
        ApiClient worker = ApiClient.on(port).as("worker-1");
        String task = TaskQueue.find(worker, "group", caseId, "triage").orElseThrow().get("id").asText();
        assertThat(worker.post("/api/v1/tasks/" + task + "/claim").status()).isEqualTo(200);
        assertThat(worker.post("/api/v1/tasks/" + task + "/complete",
                Map.of("severity", 0, "category", "RANSOMWARE", "decision", "CLOSE", "rationale", "影響なし")).status()).isEqualTo(200);
        assertThat(cases.get(UUID.fromString(caseId)).status()).isEqualTo(CaseStatus.CLOSED);
        return UUID.fromString(caseId);
    }

    private Instant closedAt(UUID caseId) {
        return jdbc.queryForObject("select closed_at from cases where id = ?", java.sql.Timestamp.class, caseId).toInstant();
    }

    private List<String> contacts(UUID caseId) {
        List<String> values = new ArrayList<>();
        jdbc.query("select contact_name, contact_email, contact_phone from reports where case_id = ?", rs -> {
            values.add(rs.getString("contact_name"));
            values.add(rs.getString("contact_email"));
            values.add(rs.getString("contact_phone"));
        }, caseId);
        assertThat(values).isNotEmpty();
        return values;
    }

    private static void at(Instant instant) {
        ClockUtil.setCurrentTime(Date.from(instant));
    }
}
