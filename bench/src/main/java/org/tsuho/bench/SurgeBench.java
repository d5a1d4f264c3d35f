package org.tsuho.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Target 4: {@code total} reports from {@code clients} concurrent clients as fast as they go (closed model), each
 * client retrying a report with the same Idempotency-Key after 429/503 (waiting what Retry-After says) or an I/O
 * error, as the API asks of companies. Everything else that is not 2xx is an error. bench/run then checks in the
 * database that each key filed exactly one report and that each report's case has its triage task.
 *
 * <p>Usage: {@code SurgeBench <baseUrl> <runId> <total> <clients>}; prints
 * {@code SURGE accepted=… replayed=… errors=… retries=… seconds=… statuses={…}}.
 */
public final class SurgeBench {

    private static final int MAX_ATTEMPTS = 20;

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String runId = args[1];
        int total = Integer.parseInt(args[2]);
        int clients = Integer.parseInt(args[3]);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newFixedThreadPool(8, runnable -> {
                    Thread thread = new Thread(runnable, "surge-http");
                    thread.setDaemon(true); // the JVM ends when the clients are done
                    return thread;
                })).build();
        String auth = "Basic " + Base64.getEncoder().encodeToString("company-a:demo".getBytes(StandardCharsets.UTF_8));
        String awareAt = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(1, ChronoUnit.HOURS).toString();
        AtomicLong next = new AtomicLong();
        AtomicLong accepted = new AtomicLong();
        AtomicLong replayed = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        AtomicLong retries = new AtomicLong();
        Map<String, Long> statuses = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long t0 = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            pool.execute(() -> {
                for (long i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                    HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/reports"))
                            .timeout(Duration.ofSeconds(30))
                            .header("Authorization", auth).header("Content-Type", "application/json")
                            .header("Idempotency-Key", runId + "-" + i)
                            .POST(HttpRequest.BodyPublishers.ofString(IntakeBench.body(runId, i, awareAt))).build();
                    for (int attempt = 1; ; attempt++) {
                        long waitMillis;
                        try {
                            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
                            int status = response.statusCode();
                            statuses.merge(String.valueOf(status), 1L, Long::sum);
                            if (status == 201 || status == 200) {
                                (status == 201 ? accepted : replayed).incrementAndGet();
                                break;
                            }
                            if (status != 429 && status != 503) {
                                errors.incrementAndGet();
                                break;
                            }
                            waitMillis = response.headers().firstValue("Retry-After").map(s -> Long.parseLong(s) * 1000).orElse(-1L);
                            if (waitMillis < 0) {
                                errors.incrementAndGet(); // a refusal must say when to come back
                                break;
                            }
                        } catch (IOException e) {
                            statuses.merge("io-error", 1L, Long::sum);
                            waitMillis = 1000;
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                        if (attempt == MAX_ATTEMPTS) {
                            errors.incrementAndGet();
                            break;
                        }
                        retries.incrementAndGet();
                        try {
                            Thread.sleep(waitMillis);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(2, TimeUnit.HOURS);
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("SURGE accepted=%d replayed=%d errors=%d retries=%d seconds=%.1f rate=%.1f/s statuses=%s%n",
                accepted.get(), replayed.get(), errors.get(), retries.get(), seconds, (accepted.get() + replayed.get()) / seconds,
                statuses);
    }

    private SurgeBench() {
    }
}
