package org.tsuho.resilience;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.tsuho.support.ApiClient;
import org.tsuho.support.ReportBodies;

/**
 * Companies' systems filing flash reports without pause, each with its own Idempotency-Key, the way api.md tells a
 * client to behave: a 503 or no answer at all (the node is gone) is retried with the same key and body until a 201
 * comes; anything else is recorded as unexpected. What was acknowledged, what is still unanswered when the load
 * stops, and every refusal are kept for the test to check.
 */
final class IntakeLoad implements AutoCloseable {

    /** One report a client means to file, with the key it keeps for every retry. */
    record Submission(String key, ObjectNode body) {
        static Submission next() {
            return new Submission("load-" + UUID.randomUUID(), ReportBodies.flash());
        }
    }

    /** A submission the server acknowledged with 201, and its answer. */
    record Filed(Submission submission, JsonNode answer) {
        String receiptNumber() {
            return answer.path("receiptNumber").asText();
        }
    }

    private static final Duration RETRY_PAUSE = Duration.ofMillis(300);

    private final Supplier<ApiClient> client;
    private final List<Thread> clients = new ArrayList<>();
    private final Queue<Filed> filed = new ConcurrentLinkedQueue<>();
    private final Queue<Submission> unanswered = new ConcurrentLinkedQueue<>();
    private final Queue<ApiClient.Response> unavailable = new ConcurrentLinkedQueue<>();
    private final Queue<ApiClient.Response> unexpected = new ConcurrentLinkedQueue<>();
    private final AtomicInteger noAnswer = new AtomicInteger();
    private volatile boolean running = true;

    /** @param client the company's client, asked again for each request (a node may have moved) */
    private IntakeLoad(Supplier<ApiClient> client) {
        this.client = client;
    }

    static IntakeLoad start(Supplier<ApiClient> client, int threads) {
        IntakeLoad load = new IntakeLoad(client);
        for (int i = 0; i < threads; i++) {
            Thread thread = new Thread(load::run, "intake-load-" + i);
            load.clients.add(thread);
            thread.start();
        }
        return load;
    }

    private void run() {
        while (running) {
            deliver(Submission.next());
        }
    }

    private void deliver(Submission submission) {
        while (running) {
            try {
                ApiClient.Response response = send(client.get(), submission);
                if (response.status() == 201) {
                    filed.add(new Filed(submission, response.json()));
                    return;
                }
                if (response.status() != 503) {
                    unexpected.add(response);
                    return;
                }
                unavailable.add(response);
            } catch (UncheckedIOException nodeGone) {
                noAnswer.incrementAndGet();
            }
            pause(RETRY_PAUSE);
        }
        unanswered.add(submission);
    }

    static ApiClient.Response send(ApiClient company, Submission submission) {
        return company.header("Idempotency-Key", submission.key()).post("/api/v1/reports", submission.body());
    }

    /** Stops every client after its current request. */
    void stop() {
        running = false;
        for (Thread thread : clients) {
            try {
                thread.join(Duration.ofSeconds(90).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Override
    public void close() {
        stop();
    }

    int filedCount() {
        return filed.size();
    }

    List<Filed> filed() {
        return List.copyOf(filed);
    }

    /** Submissions without a 201 when the load stopped: their clients retry them later with the same key. */
    List<Submission> unanswered() {
        return List.copyOf(unanswered);
    }

    List<ApiClient.Response> unavailable() {
        return List.copyOf(unavailable);
    }

    List<ApiClient.Response> unexpected() {
        return List.copyOf(unexpected);
    }

    /** Requests that got no HTTP answer at all (connection refused or cut). */
    int noAnswer() {
        return noAnswer.get();
    }

    /** Waits until at least {@code count} reports in all were acknowledged. */
    void awaitFiled(int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (filed.size() < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("only " + filed.size() + " of " + count + " reports acknowledged within " + timeout
                        + "; unexpected answers: " + unexpected);
            }
            pause(Duration.ofMillis(200));
        }
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
