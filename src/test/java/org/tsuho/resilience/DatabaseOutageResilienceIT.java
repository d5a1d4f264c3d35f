package org.tsuho.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tsuho.resilience.IntakeLoad.Filed;
import org.tsuho.resilience.IntakeLoad.Submission;
import org.tsuho.support.ApiClient;
import org.tsuho.support.PostgresServer;
import org.tsuho.support.TsuhoNode;

/**
 * The database goes away for ten seconds while companies are filing: Tsuho answers 503 problem+json with
 * Retry-After (never a 500, never a stack trace), reports itself DOWN, and recovers by itself when the database is
 * back; nothing it acknowledged is lost.
 */
class DatabaseOutageResilienceIT {

    private static final Duration OUTAGE = Duration.ofSeconds(10);

    private static PostgresServer database;
    private static TsuhoNode node;
    private static DatabaseView db;

    @BeforeAll
    static void start() {
        database = PostgresServer.fresh(Path.of(System.getProperty("tsuho.test.work-directory"), "outage-postgres"));
        db = new DatabaseView(database.jdbc());
        node = TsuhoNode.start("outage-node", database, List.of());
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
    void databaseAwayForTenSeconds_answers503_andTsuhoRecoversByItself_losingNothing() {
        ApiClient api = node.api();
        // signed in once before the outage, so a case worker's reads fail on the data, not on the sign-in
        assertThat(api.as("worker-1").get("/api/v1/tasks?scope=group").status()).isEqualTo(200);
        Queue<ApiClient.Response> duringOutage = new ConcurrentLinkedQueue<>();

        IntakeLoad load = IntakeLoad.start(() -> node.api().as("company-a"), 3);
        int filedBeforeOutage;
        try {
            load.awaitFiled(10, Duration.ofSeconds(90));
            database.stop();
            long back = System.nanoTime() + OUTAGE.toNanos();
            CompletableFuture<Integer> health = CompletableFuture.supplyAsync(node::healthStatus);
            CompletableFuture<ApiClient.Response> read = CompletableFuture.supplyAsync(
                    () -> api.as("worker-1").get("/api/v1/tasks?scope=group"));
            // a user not signed in recently: the account lookup itself fails, which is no reason for a 401
            CompletableFuture<ApiClient.Response> signIn = CompletableFuture.supplyAsync(
                    () -> api.as("supervisor-2").get("/api/v1/tasks?scope=group"));
            IntakeLoad.pause(Duration.ofNanos(Math.max(0, back - System.nanoTime())));
            assertThat(health.join()).as("health while the database is away").isEqualTo(503);
            duringOutage.add(read.join());
            duringOutage.add(signIn.join());
            filedBeforeOutage = load.filedCount();
            database.start();

            node.awaitHealthy(Duration.ofSeconds(60));
            load.awaitFiled(filedBeforeOutage + 10, Duration.ofSeconds(60));
        } finally {
            load.stop();
        }

        assertThat(load.unexpected()).as(() -> "answers other than 201 and 503; the node logged:\n" + node.loggedErrors())
                .isEmpty();
        assertThat(load.noAnswer()).as("requests the node left without an answer").isZero();
        assertThat(load.unavailable()).as("503s to the companies during the outage").isNotEmpty();
        assertThat(duringOutage).hasSize(2);
        for (ApiClient.Response refusal : concat(load.unavailable(), List.copyOf(duringOutage))) {
            assertThat(refusal.status()).as(refusal.toString()).isEqualTo(503);
            assertThat(refusal.contentType()).startsWith("application/problem+json");
            assertThat(refusal.header("Retry-After")).hasValue("5");
            assertThat(refusal.text("type")).isEqualTo("https://tsuho.example/problems/unavailable");
            assertThat(refusal.body()).doesNotContain("Exception", "\tat ", "org.", "jdbc", "SQL");
            assertThat(refusal.header("WWW-Authenticate")).isEmpty();
        }

        // Service is back: the same worker reads again, and every acknowledged report is there, once.
        assertThat(api.as("worker-1").get("/api/v1/tasks?scope=group").status()).isEqualTo(200);
        for (Filed filed : load.filed()) {
            assertThat(db.reportInCase(CrashRecoveryResilienceIT.reportId(filed), filed.receiptNumber(),
                    CrashRecoveryResilienceIT.caseId(filed), CrashRecoveryResilienceIT.caseNumber(filed)))
                    .as("report %s", filed.receiptNumber()).isTrue();
            assertThat(db.reportsForKey(filed.submission().key())).isEqualTo(1);
            assertThat(db.incidentProcess(CrashRecoveryResilienceIT.caseNumber(filed))).isPresent();
        }
        for (Submission unanswered : load.unanswered()) {
            assertThat(IntakeLoad.send(node.api().as("company-a"), unanswered).status()).isEqualTo(201);
            assertThat(db.reportsForKey(unanswered.key())).isEqualTo(1);
        }
    }

    private static List<ApiClient.Response> concat(List<ApiClient.Response> a, List<ApiClient.Response> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
