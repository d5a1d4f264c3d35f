package org.tsuho.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tsuho.resilience.IntakeLoad.Filed;
import org.tsuho.resilience.IntakeLoad.Submission;
import org.tsuho.support.ApiClient;
import org.tsuho.support.PostgresServer;
import org.tsuho.support.TsuhoNode;

/**
 * design.md §7, the scale-out path: two Tsuho nodes on one PostgreSQL, both with their job executors on. Timers fire
 * once however many nodes could run them, a task one node hands out cannot be taken on the other, and both serve
 * the same queues.
 */
class TwoNodesResilienceIT {

    private static PostgresServer database;
    private static TsuhoNode first;
    private static TsuhoNode second;
    private static DatabaseView db;

    @BeforeAll
    static void start() {
        database = PostgresServer.fresh(Path.of(System.getProperty("tsuho.test.work-directory"), "two-nodes-postgres"));
        db = new DatabaseView(database.jdbc());
        // one after the other: the first creates the schema and deploys the processes, the second finds them
        first = TsuhoNode.start("node-1", database, List.of());
        second = TsuhoNode.start("node-2", database, List.of());
    }

    @AfterAll
    static void stop() {
        try {
            for (TsuhoNode node : new TsuhoNode[] {first, second}) {
                if (node != null) {
                    node.close();
                }
            }
        } finally {
            database.close();
        }
    }

    /** Filed alternately through either node. */
    private static List<Filed> file(int count) {
        List<Filed> filed = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            TsuhoNode node = i % 2 == 0 ? first : second;
            Submission submission = Submission.next();
            ApiClient.Response answer = IntakeLoad.send(node.api().as("company-a"), submission);
            assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
            filed.add(new Filed(submission, answer.json()));
        }
        return filed;
    }

    @Test
    void timersFallingDueAtOnce_fireExactlyOncePerCase_withBothExecutorsCompeting() {
        List<Filed> cases = file(12);
        List<String> processes = cases.stream().map(f -> db.incidentProcess(CrashRecoveryResilienceIT.caseNumber(f)).orElseThrow()).toList();

        assertThat(db.makeDue(processes, "Timer_TriageOverdue", Instant.now())).isEqualTo(cases.size());

        CrashRecoveryResilienceIT.awaitUntil(Duration.ofSeconds(60),
                () -> cases.stream().allMatch(f -> db.timelineCount(CrashRecoveryResilienceIT.caseId(f), "TRIAGE_OVERDUE") > 0));
        IntakeLoad.pause(Duration.ofSeconds(3)); // a second firing would have had time to show
        for (int i = 0; i < cases.size(); i++) {
            UUID caseId = CrashRecoveryResilienceIT.caseId(cases.get(i));
            assertThat(db.timelineCount(caseId, "TRIAGE_OVERDUE")).as("overdue entries of case %s", caseId).isEqualTo(1);
            assertThat(db.activityRuns(processes.get(i), "Timer_TriageOverdue")).isEqualTo(1);
        }
        // the inbox row is flagged, and both nodes say so
        String taskId = db.triageTask(CrashRecoveryResilienceIT.caseId(cases.get(0)), processes.get(0)).orElseThrow();
        for (TsuhoNode node : List.of(first, second)) {
            assertThat(node.api().as("worker-1").get("/api/v1/tasks/" + taskId).json().path("overdue").asBoolean()).isTrue();
        }
    }

    @Test
    void bothNodesServeOneQueue_andATaskClaimedOnOneCannotBeClaimedOnTheOther() throws Exception {
        List<Filed> cases = file(4);
        List<String> taskIds = cases.stream().map(f -> db.triageTask(CrashRecoveryResilienceIT.caseId(f),
                db.incidentProcess(CrashRecoveryResilienceIT.caseNumber(f)).orElseThrow()).orElseThrow()).toList();

        List<String> queueOnFirst = queue(first.api().as("worker-1"));
        List<String> queueOnSecond = queue(second.api().as("worker-2"));
        assertThat(queueOnFirst).containsAll(taskIds).isEqualTo(queueOnSecond);

        for (String taskId : taskIds) {
            // worker-1 on the first node and worker-2 on the second reach for the same task at the same moment
            CountDownLatch go = new CountDownLatch(1);
            CompletableFuture<ApiClient.Response> one = claim(first.api().as("worker-1"), taskId, go);
            CompletableFuture<ApiClient.Response> two = claim(second.api().as("worker-2"), taskId, go);
            go.countDown();
            List<Integer> statuses = List.of(one.get().status(), two.get().status());
            assertThat(statuses).as("%s / %s", one.get(), two.get()).containsExactlyInAnyOrder(200, 409);
            String holder = one.get().status() == 200 ? "worker-1" : "worker-2";
            String other = holder.equals("worker-1") ? "worker-2" : "worker-1";

            for (TsuhoNode node : List.of(first, second)) {
                assertThat(node.api().as(holder).get("/api/v1/tasks/" + taskId).text("assignee")).isEqualTo(holder);
                assertThat(node.api().as(other).post("/api/v1/tasks/" + taskId + "/claim").status()).isEqualTo(409);
                assertThat(queue(node.api().as(other))).doesNotContain(taskId);
            }
        }
        assertThat(queue(first.api().as("worker-2"))).isEqualTo(queue(second.api().as("worker-1")));
    }

    private static CompletableFuture<ApiClient.Response> claim(ApiClient worker, String taskId, CountDownLatch go) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                go.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            return worker.post("/api/v1/tasks/" + taskId + "/claim");
        });
    }

    /** The ids of the group queue, in its order. */
    private static List<String> queue(ApiClient worker) {
        ApiClient.Response page = worker.get("/api/v1/tasks?scope=group&limit=200");
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        JsonNode items = page.json().path("items");
        return StreamSupport.stream(items.spliterator(), false).map(item -> item.path("id").asText()).toList();
    }
}
