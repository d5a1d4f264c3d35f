package org.tsuho.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tsuho.identity.Actor;
import org.tsuho.identity.Role;
import org.tsuho.intake.ReportViews;
import org.tsuho.support.ApiClient;
import org.tsuho.support.AuditLog;
import org.tsuho.support.ReportBodies;
import org.tsuho.support.ScreenSession;
import org.tsuho.support.TaskQueue;
import org.tsuho.support.TsuhoIntegrationTest;

/**
 * Staff reads of protected records and the case's decisions are in the audit trail, in the transaction that did
 * them: the case detail (API and screen), a report, task claims and completions, status changes.
 */
@TsuhoIntegrationTest
class ReadAuditIntegrationTests {

    @Autowired
    AuditTrail trail;
    @Autowired
    ReportViews reports;
    @LocalServerPort
    int port;

    @Test
    void aStaffReadOfTheCaseOverTheApiIsRecorded() {
        ApiClient.Response filed = file();
        long mark = AuditLog.mark(trail);

        assertThat(ApiClient.on(port).as("oversight-1").get("/api/v1/cases/" + filed.text("caseId")).status()).isEqualTo(200);

        assertThat(AuditLog.since(trail, mark)).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("CASE_READ");
            assertThat(e.actor()).isEqualTo("oversight-1");
            assertThat(e.roles()).isEqualTo("oversight");
            assertThat(e.caseId()).hasToString(filed.text("caseId"));
            assertThat(e.detail()).isEqualTo(filed.text("caseId"));
        });
    }

    @Test
    void aStaffReadOfTheCasePageIsRecorded() {
        ApiClient.Response filed = file();
        ScreenSession worker = ScreenSession.signIn(port, "worker-2");
        long mark = AuditLog.mark(trail);

        assertThat(worker.get("/cases/" + filed.text("caseId")).statusCode()).isEqualTo(200);

        assertThat(AuditLog.since(trail, mark)).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("CASE_READ");
            assertThat(e.actor()).isEqualTo("worker-2");
            assertThat(e.caseId()).hasToString(filed.text("caseId"));
        });
    }

    @Test
    void aStaffReadOfAReportIsRecordedAndTheCompanysOwnReadIsNot() {
        ApiClient.Response filed = file();
        UUID reportId = UUID.fromString(filed.text("id"));
        long mark = AuditLog.mark(trail);

        assertThat(ApiClient.on(port).as("company-a").get("/api/v1/reports/" + reportId).status()).isEqualTo(200);
        reports.get(new Actor("supervisor-1", "supervisor-1", Set.of(Role.SUPERVISOR), null), reportId);

        assertThat(AuditLog.since(trail, mark)).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("REPORT_READ");
            assertThat(e.actor()).isEqualTo("supervisor-1");
            assertThat(e.detail()).isEqualTo(reportId.toString());
            assertThat(e.caseId()).hasToString(filed.text("caseId"));
        });
    }

    @Test
    void aReadOfAMissingCaseLeavesNoEntry() {
        long mark = AuditLog.mark(trail);
        assertThat(ApiClient.on(port).as("worker-1").get("/api/v1/cases/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(AuditLog.since(trail, mark)).isEmpty();
    }

    @Test
    void intakeClaimsCompletionsAndStatusChangesAreRecordedWithTheirCodes() {
        long mark = AuditLog.mark(trail);
        ApiClient.Response filed = file();
        String caseId = filed.text("caseId");
        ApiClient worker = ApiClient.on(port).as("worker-1");
        JsonNode triage = TaskQueue.find(worker, "group", caseId, "triage").orElseThrow();
        String taskId = triage.get("id").asText();
        assertThat(worker.post("/api/v1/tasks/" + taskId + "/claim").status()).isEqualTo(200);
        assertThat(worker.post("/api/v1/tasks/" + taskId + "/complete", """
                {"severity": 1, "category": "RANSOMWARE", "decision": "CLOSE", "rationale": "影響なし、山田様に確認済み"}
                """).status()).isEqualTo(200);

        List<AuditEntry> ofCase = AuditLog.since(trail, mark).stream().filter(e -> caseId.equals(String.valueOf(e.caseId()))).toList();
        assertThat(ofCase).extracting(AuditEntry::action)
                .containsSubsequence("REPORT_RECEIVED", "TASK_CLAIMED", "TRIAGE_STARTED", "TRIAGED", "TASK_COMPLETED", "CASE_CLOSED");
        assertThat(ofCase).filteredOn(e -> e.action().equals("REPORT_RECEIVED")).singleElement()
                .satisfies(e -> assertThat(e.detail()).isEqualTo(filed.text("receiptNumber") + " FLASH"));
        assertThat(ofCase).filteredOn(e -> e.action().equals("TASK_CLAIMED")).singleElement()
                .satisfies(e -> assertThat(e.detail()).isEqualTo("triage"));
        assertThat(ofCase).filteredOn(e -> e.action().equals("TASK_COMPLETED")).singleElement().satisfies(e -> {
            assertThat(e.detail()).isEqualTo("triage " + taskId);
            assertThat(e.roles()).isEqualTo("case-worker");
        });
        assertThat(ofCase).filteredOn(e -> e.action().equals("CASE_CLOSED")).singleElement()
                .satisfies(e -> assertThat(e.detail()).isEqualTo("status=CLOSED"));
        assertThat(ofCase).allSatisfy(e -> assertThat(String.valueOf(e.detail())).doesNotContain("山田", "影響なし"));
    }

    private ApiClient.Response file() {
        ApiClient.Response filed = ApiClient.on(port).as("company-a").post("/api/v1/reports", ReportBodies.flash());
        assertThat(filed.status()).isEqualTo(201);
        return filed;
    }
}
