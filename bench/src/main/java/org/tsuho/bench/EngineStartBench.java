package org.tsuho.bench;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Baseline B1: the engine's stock REST start of the same incident-report process, with the product's own delegates
 * and task listeners, under the same open-model step test as intake, with the variables intake gives a designated
 * operator's flash report (so its detailed report's watch starts too). Each start names one of the cases that bench/run
 * seeded in the baseline's database (ids {@code 00000000-0000-0000-0000-<i in hex>}), since the process's inbox row
 * refers to its case.
 *
 * <p>Usage: {@code EngineStartBench <baseUrl> <stepSeconds> <rate,rate,...> <seededCases>}.
 */
public final class EngineStartBench {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        Duration step = Duration.ofSeconds(Long.parseLong(args[1]));
        long cases = Long.parseLong(args[3]);
        OpenModelLoad load = new OpenModelLoad("nobody", "none"); // the engine's REST API asks for no credentials
        AtomicLong next = new AtomicLong();
        StepTest.Target target = (tag, rate, duration) -> load.run(rate, duration, 256, i -> {
            long n = next.incrementAndGet() % cases + 1;
            return load.request(base + "/engine-rest/process-definition/key/incident-report/start")
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body(n, tag + "-" + i)))
                    .build();
        });
        double sustained = StepTest.run(target, step, StepTest.rates(args[2]));
        if (sustained > 0) {
            StepTest.at(target, 0.7 * sustained, step.multipliedBy(2));
        }
    }

    /** Thirty days on, as the rulebook gives a flash report's detailed report; the engine's REST date format. */
    private static final String DETAILED_DUE = new java.text.SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss.SSSZ")
            .format(java.util.Date.from(java.time.Instant.now().plus(Duration.ofDays(30))));

    static String body(long caseIndex, String key) {
        UUID caseId = new UUID(0, caseIndex);
        return """
                {"businessKey":"B1-%s","variables":{
                  "caseId":{"value":"%s","type":"String"},
                  "caseNumber":{"value":"C-B1-%d","type":"String"},
                  "reportId":{"value":"%s","type":"String"},
                  "receiptNumber":{"value":"R-B1-%s","type":"String"},
                  "detailedDueAt":{"value":"%s","type":"Date"}}}
                """.formatted(key, caseId, caseIndex, UUID.randomUUID(), key, DETAILED_DUE);
    }

    private EngineStartBench() {
    }
}
