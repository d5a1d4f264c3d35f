package org.tsuho.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tsuho.resilience.IntakeLoad.Filed;
import org.tsuho.resilience.IntakeLoad.Submission;
import org.tsuho.support.ApiClient;
import org.tsuho.support.PostgresServer;
import org.tsuho.support.TsuhoNode;

/**
 * design.md §7: a crash at any point loses no acknowledged report, and a restart resumes every process and timer.
 * Tsuho is killed with SIGKILL while companies are filing, and started again on the same database.
 */
class CrashRecoveryResilienceIT {

    private static PostgresServer database;
    private static TsuhoNode node;
    private static DatabaseView db;

    @BeforeAll
    static void start() {
        database = PostgresServer.fresh(Path.of(System.getProperty("tsuho.test.work-directory"), "crash-postgres"));
        db = new DatabaseView(database.jdbc());
        node = TsuhoNode.start("crash-node", database, List.of());
    }

    @AfterAll
    static void stop() {
        try {
            if (node != null) {
                node.close();
            }
        } finally {
            database.close();
        }
    }

    @Test
    void killedUnderIntakeLoad_losesNoAcknowledgedReport_andTimersDueWhileDownFireOnceAfterRestart() {
        ApiClient company = node.api().as("company-a");
        // Cases whose timers will fall due while the node is down.
        List<Filed> watched = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Submission submission = Submission.next();
            ApiClient.Response answer = IntakeLoad.send(company, submission);
            assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
            watched.add(new Filed(submission, answer.json()));
        }
        // Each case's incident-report process holds both timers: the triage SLA and the detailed report's deadline.
        List<String> watchedProcesses = watched.stream().map(f -> db.incidentProcess(caseNumber(f)).orElseThrow()).toList();

        IntakeLoad load = IntakeLoad.start(() -> node.api().as("company-a"), 3);
        try {
            load.awaitFiled(15, Duration.ofSeconds(90));
            Instant dueWhileDown = Instant.now().plusSeconds(4);
            assertThat(db.makeDue(watchedProcesses, "Timer_TriageOverdue", dueWhileDown)).isEqualTo(3);
            assertThat(db.makeDue(watchedProcesses, "Timer_DetailedReportDue", dueWhileDown)).isEqualTo(3);
            node.kill();

            IntakeLoad.pause(Duration.between(Instant.now(), dueWhileDown).plusSeconds(1));
            // due now, and nobody has run them: the node died before they fell due
            for (int i = 0; i < watched.size(); i++) {
                assertThat(db.timelineCount(caseId(watched.get(i)), "TRIAGE_OVERDUE")).isZero();
                assertThat(db.activityRuns(watchedProcesses.get(i), "Activity_RecordMissingReport")).isZero();
            }
            node.restart();
            int beforeRestart = load.filedCount();
            load.awaitFiled(beforeRestart + 10, Duration.ofSeconds(90));
        } finally {
            load.stop();
        }

        assertThat(load.unexpected()).as("answers other than 201 and 503").isEmpty();
        assertThat(load.noAnswer()).as("requests cut or refused while the node was down").isPositive();

        // Every acknowledged report is there, with its case, its process and its triage task.
        List<Filed> acknowledged = new ArrayList<>(watched);
        acknowledged.addAll(load.filed());
        for (Filed filed : acknowledged) {
            assertThat(db.reportInCase(reportId(filed), filed.receiptNumber(), caseId(filed), caseNumber(filed)))
                    .as("report %s in case %s", filed.receiptNumber(), caseNumber(filed)).isTrue();
            String process = db.incidentProcess(caseNumber(filed)).orElse(null);
            assertThat(process).as("incident-report process of %s", caseNumber(filed)).isNotNull();
            assertThat(db.triageTask(caseId(filed), process)).as("triage task of %s", caseNumber(filed)).isPresent();
        }

        // A client retrying with its key gets the original answer; one whose answer was lost in the crash gets one now.
        ApiClient restarted = node.api().as("company-a");
        for (Filed filed : load.filed()) {
            ApiClient.Response replay = IntakeLoad.send(restarted, filed.submission());
            assertThat(replay.status()).as(replay.toString()).isEqualTo(201);
            for (String field : List.of("id", "receiptNumber", "caseId", "caseNumber")) {
                assertThat(replay.text(field)).as(field).isEqualTo(filed.answer().path(field).asText());
            }
        }
        for (Submission unanswered : load.unanswered()) {
            ApiClient.Response retry = IntakeLoad.send(restarted, unanswered);
            assertThat(retry.status()).as(retry.toString()).isEqualTo(201);
            assertThat(db.reportsForKey(unanswered.key())).isEqualTo(1);
        }
        for (Filed filed : load.filed()) {
            assertThat(db.reportsForKey(filed.submission().key())).as("reports under key %s", filed.submission().key()).isEqualTo(1);
        }

        // The timers that fell due during the outage fire after the restart, each exactly once.
        awaitUntil(Duration.ofSeconds(60), () -> watched.stream().allMatch(f -> db.timelineCount(caseId(f), "TRIAGE_OVERDUE") > 0
                && db.missingReportFailures(caseId(f)) > 0));
        IntakeLoad.pause(Duration.ofSeconds(3)); // a second firing would have had time to show
        for (int i = 0; i < watched.size(); i++) {
            UUID caseId = caseId(watched.get(i));
            assertThat(db.timelineCount(caseId, "TRIAGE_OVERDUE")).isEqualTo(1);
            assertThat(db.activityRuns(watchedProcesses.get(i), "Timer_TriageOverdue")).isEqualTo(1);
            assertThat(db.missingReportFailures(caseId)).isEqualTo(1);
            assertThat(db.activityRuns(watchedProcesses.get(i), "Activity_RecordMissingReport")).isEqualTo(1);
        }
        // Only those: every other case's triage is hours from due.
        assertThat(db.casesWithTimelineAction("TRIAGE_OVERDUE")).isEqualTo(watched.size());
    }

    static UUID caseId(Filed filed) {
        return UUID.fromString(filed.answer().path("caseId").asText());
    }

    static UUID reportId(Filed filed) {
        return UUID.fromString(filed.answer().path("id").asText());
    }

    static String caseNumber(Filed filed) {
        return filed.answer().path("caseNumber").asText();
    }

    static void awaitUntil(Duration timeout, java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + timeout);
            }
            IntakeLoad.pause(Duration.ofMillis(500));
        }
    }
}
