package org.tsuho.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.HistoryService;
import org.operaton.bpm.engine.ManagementService;
import org.operaton.bpm.engine.ProcessEngine;
import org.operaton.bpm.engine.RepositoryService;
import org.operaton.bpm.engine.history.HistoricProcessInstance;
import org.operaton.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.operaton.bpm.engine.impl.util.ClockUtil;
import org.operaton.bpm.engine.runtime.Job;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tsuho.audit.AuditEntry;
import org.tsuho.audit.AuditFilter;
import org.tsuho.audit.AuditTrail;
import org.tsuho.deadline.Rulebook;
import org.tsuho.support.ApiClient;
import org.tsuho.support.ReportBodies;
import org.tsuho.support.TaskQueue;
import org.tsuho.support.TsuhoIntegrationTest;

/**
 * The engine's own history has a time to live (the rulebook's {@code engine-history}) and a nightly cleanup window;
 * when the cleanup removes a finished process's history, the legal record (case, timeline, audit trail) stays whole.
 */
@TsuhoIntegrationTest
class EngineHistoryRetentionIntegrationTests {

    @Autowired
    ProcessEngine engine;
    @Autowired
    RepositoryService repository;
    @Autowired
    HistoryService history;
    @Autowired
    ManagementService management;
    @Autowired
    Rulebook rulebook;
    @Autowired
    CaseFiles cases;
    @Autowired
    AuditTrail trail;
    @LocalServerPort
    int port;

    @AfterEach
    void realTime() {
        ClockUtil.reset();
    }

    @Test
    void everyProcessKeepsItsHistoryForTheRulebooksPeriodAndCleanupRunsAtNight() {
        int days = rulebook.settings().retention().get("engine-history").period().getDays();
        assertThat(days).isEqualTo(180);
        assertThat(repository.createProcessDefinitionQuery().latestVersion().list()).isNotEmpty()
                .allSatisfy(d -> assertThat(d.getHistoryTimeToLive()).as(d.getKey()).isEqualTo(days));

        ProcessEngineConfigurationImpl config = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        assertThat(config.getHistoryCleanupStrategy()).isEqualTo("removalTimeBased");
        assertThat(config.getHistoryRemovalTimeStrategy()).isEqualTo("end");
        assertThat(config.getHistoryCleanupBatchWindowStartTime()).isEqualTo("01:00");
        assertThat(config.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00");
    }

    @Test
    void theCleanupRemovesAFinishedProcesssHistoryAndLeavesTheLegalRecord() {
        UUID caseId = closedCase();
        String caseNumber = cases.get(caseId).caseNumber();
        HistoricProcessInstance finished = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .singleResult();
        assertThat(finished.getEndTime()).isNotNull();
        assertThat(finished.getRemovalTime().toInstant())
                .isEqualTo(finished.getEndTime().toInstant().plus(Duration.ofDays(180)));
        int timeline = cases.timeline(caseId).size();
        int audit = trail.search(AuditFilter.ofCase(caseId), null, 200).size();

        ClockUtil.setCurrentTime(Date.from(finished.getRemovalTime().toInstant().plus(Duration.ofDays(1))));
        Job cleanup = history.cleanUpHistoryAsync(true);
        management.executeJob(cleanup.getId());

        assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseNumber).count()).isZero();
        assertThat(cases.get(caseId).status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(cases.timeline(caseId)).hasSize(timeline);
        assertThat(trail.search(AuditFilter.ofCase(caseId), null, 200)).hasSize(audit)
                .extracting(AuditEntry::action).contains("REPORT_RECEIVED", "TASK_COMPLETED", "CASE_CLOSED");
        assertThat(trail.verify().intact()).isTrue();
    }

    /** A case closed at triage whose detailed report has come in: its incident-report process has ended. */
    private UUID closedCase() {
        ApiClient.Response filed = ApiClient.on(port).as("company-a").post("/api/v1/reports", ReportBodies.flash());
        assertThat(filed.status()).isEqualTo(201);
        String caseId = filed.text("caseId");
        ApiClient worker = ApiClient.on(port).as("worker-2");
        String task = TaskQueue.find(worker, "group", caseId, "triage").orElseThrow().get("id").asText();
        assertThat(worker.post("/api/v1/tasks/" + task + "/claim").status()).isEqualTo(200);
        assertThat(worker.post("/api/v1/tasks/" + task + "/complete",
                Map.of("severity", 0, "category", "OTHER", "decision", "CLOSE", "rationale", "対象外")).status()).isEqualTo(200);
        // The detailed report ends the watch beside the triage, and with it the process instance.
        assertThat(ApiClient.on(port).as("company-a").post("/api/v1/reports", ReportBodies.detailed(filed.text("receiptNumber")))
                .status()).isEqualTo(201);
        return UUID.fromString(caseId);
    }
}
