package org.tsuho.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;
import org.HdrHistogram.Recorder;

/**
 * An open-model load: requests start at a constant arrival rate whatever the server does, and each latency is
 * measured from the moment the request was due to start, not from when it was sent, so a stalled server shows up in
 * the tail instead of slowing the generator (no coordinated omission).
 */
final class OpenModelLoad {

    /** What one run measured. Latencies in microseconds. */
    record Result(double targetRate, long started, long ok, long failed, Map<Integer, Long> statuses, double achievedRate,
                  long p50, long p95, long p99, long max, long dropped) {
    }

    private final HttpClient http;
    private final String authorization;

    OpenModelLoad(String username, String password) {
        this.http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newFixedThreadPool(32, runnable -> {
                    Thread thread = new Thread(runnable, "load");
                    thread.setDaemon(true); // the generator ends when its main thread does
                    return thread;
                }))
                .build();
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    HttpRequest.Builder request(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).header("Authorization", authorization);
    }

    /**
     * Runs {@code rate} requests per second for {@code duration}. At most {@code maxInFlight} requests are open at
     * once; an arrival that finds no room is counted as dropped (and as a failure to keep up).
     */
    Result run(double rate, Duration duration, int maxInFlight, LongFunction<HttpRequest> requestFor) throws InterruptedException {
        Recorder latencies = new Recorder(3);
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicLong dropped = new AtomicLong();
        Map<Integer, Long> statuses = new ConcurrentHashMap<>();
        Semaphore inFlight = new Semaphore(maxInFlight);
        long intervalNanos = (long) (1_000_000_000L / rate);
        long total = (long) (rate * duration.toMillis() / 1000.0);
        long start = System.nanoTime();
        for (long i = 0; i < total; i++) {
            long due = start + i * intervalNanos;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            if (!inFlight.tryAcquire()) {
                dropped.incrementAndGet();
                continue;
            }
            http.sendAsync(requestFor.apply(i), HttpResponse.BodyHandlers.discarding()).whenComplete((response, error) -> {
                long micros = (System.nanoTime() - due) / 1000;
                latencies.recordValue(Math.max(1, micros));
                if (error != null) {
                    failed.incrementAndGet();
                    statuses.merge(-1, 1L, Long::sum);
                } else {
                    statuses.merge(response.statusCode(), 1L, Long::sum);
                    (response.statusCode() < 300 ? ok : failed).incrementAndGet();
                }
                inFlight.release();
            });
        }
        inFlight.acquire(maxInFlight);
        double seconds = (System.nanoTime() - start) / 1e9;
        var histogram = latencies.getIntervalHistogram();
        return new Result(rate, total, ok.get(), failed.get(), Map.copyOf(statuses), ok.get() / seconds,
                histogram.getValueAtPercentile(50), histogram.getValueAtPercentile(95), histogram.getValueAtPercentile(99),
                histogram.getMaxValue(), dropped.get());
    }
}
