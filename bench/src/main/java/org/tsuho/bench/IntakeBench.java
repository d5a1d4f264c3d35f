package org.tsuho.bench;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Target 1 of the performance issue: accepted reports per second through {@code POST /api/v1/reports}.
 * A step test raises the arrival rate until the server no longer keeps up (achieved rate below 95% of the target,
 * failures, or p99 over 1 s); the last rate it kept up with is the sustained rate. Then a run at 70% of it gives
 * the latency figures to hold against the 250 ms p99 target.
 *
 * <p>Usage: {@code IntakeBench <baseUrl> <stepSeconds> <rate,rate,...>}; prints one line per step and a summary line
 * {@code SUSTAINED <rate>} and {@code AT70 <p50> <p95> <p99> <max>} (ms) for the run script.
 */
public final class IntakeBench {

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8080";
        Duration step = Duration.ofSeconds(args.length > 1 ? Long.parseLong(args[1]) : 20);
        List<Double> rates = new ArrayList<>();
        for (String r : (args.length > 2 ? args[2] : "10,20,40,60,80,100,130,160,200").split(",")) {
            rates.add(Double.parseDouble(r));
        }
        OpenModelLoad load = new OpenModelLoad("company-a", "demo");
        String runId = UUID.randomUUID().toString().substring(0, 8);

        // Warm-up: JIT, connection pools, caches.
        report(load, base, runId + "w", 10, Duration.ofSeconds(10));

        double sustained = 0;
        for (double rate : rates) {
            OpenModelLoad.Result r = report(load, base, runId + "s" + (int) rate, rate, step);
            print("STEP", r);
            boolean keptUp = r.achievedRate() >= 0.95 * rate && r.failed() == 0 && r.dropped() == 0 && r.p99() < 1_000_000;
            if (!keptUp) {
                break;
            }
            sustained = rate;
        }
        System.out.printf(Locale.ROOT, "SUSTAINED %.1f%n", sustained);
        if (sustained > 0) {
            OpenModelLoad.Result at70 = report(load, base, runId + "p", 0.7 * sustained, step.multipliedBy(2));
            print("AT70", at70);
            System.out.printf(Locale.ROOT, "AT70 %.1f %.1f %.1f %.1f%n", at70.p50() / 1000.0, at70.p95() / 1000.0,
                    at70.p99() / 1000.0, at70.max() / 1000.0);
        }
    }

    static OpenModelLoad.Result report(OpenModelLoad load, String base, String runId, double rate, Duration duration)
            throws InterruptedException {
        String awareAt = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(1, ChronoUnit.HOURS).toString();
        return load.run(rate, duration, 256, i -> load.request(base + "/api/v1/reports")
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", runId + "-" + i)
                .POST(HttpRequest.BodyPublishers.ofString(body(runId, i, awareAt)))
                .build());
    }

    static String body(String runId, long i, String awareAt) {
        return """
                {"kind":"INCIDENT","stage":"FLASH","category":"RANSOMWARE","title":"Bench %s-%d ランサムウェア感染",
                 "summary":"請求系サーバのファイルが暗号化された。Files on billing servers were encrypted.",
                 "awareAt":"%s","affectedSystems":["billing-01","billing-02"],
                 "indicators":[{"type":"ipv4-addr","value":"203.0.113.%d"},{"type":"domain-name","value":"c2-%d.example.net"},
                               {"type":"file-sha256","value":"%064x"}],
                 "tlp":"AMBER","shareConsent":false,"contact":{"name":"佐藤 花子","email":"sato@towa.example","phone":"03-1234-5678"}}
                """.formatted(runId, i, awareAt, i % 250 + 1, i, i);
    }

    static void print(String label, OpenModelLoad.Result r) {
        System.out.printf(Locale.ROOT,
                "%s target=%.1f/s achieved=%.1f/s started=%d ok=%d failed=%d dropped=%d p50=%.1fms p95=%.1fms p99=%.1fms max=%.1fms statuses=%s%n",
                label, r.targetRate(), r.achievedRate(), r.started(), r.ok(), r.failed(), r.dropped(), r.p50() / 1000.0,
                r.p95() / 1000.0, r.p99() / 1000.0, r.max() / 1000.0, r.statuses());
    }

    private IntakeBench() {
    }
}
