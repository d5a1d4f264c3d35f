package org.tsuho.bench;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Target 1 of the performance issue: accepted reports per second through {@code POST /api/v1/reports}, as a
 * {@link StepTest}, then latency at 70% of the sustained rate (or at the rate given as fourth argument, e.g. 70% of
 * B1's, so both are held against the same load).
 *
 * <p>Usage: {@code IntakeBench <baseUrl> <stepSeconds> <rate,rate,...> [at70-rate]}.
 */
public final class IntakeBench {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        Duration step = Duration.ofSeconds(Long.parseLong(args[1]));
        OpenModelLoad load = new OpenModelLoad("company-a", "demo");
        String runId = UUID.randomUUID().toString().substring(0, 8);
        StepTest.Target target = (tag, rate, duration) -> report(load, base, runId + tag, rate, duration);
        double sustained = StepTest.run(target, step, StepTest.rates(args[2]));
        double at70 = args.length > 3 ? Double.parseDouble(args[3]) : 0.7 * sustained;
        if (at70 > 0) {
            StepTest.at(target, at70, step.multipliedBy(2));
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

    private IntakeBench() {
    }
}
