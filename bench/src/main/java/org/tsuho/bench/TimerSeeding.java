package org.tsuho.bench;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import org.operaton.bpm.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Target 3's seeding, bench only (bench/run adds the bench jar to the product's classpath for the timers step and
 * sets {@code tsuho.bench.seed-timers}): starts that many incident-report instances at their detailed report's watch
 * through the engine, so every pending timer is one the engine made itself, for the cases bench/seed-timers.sql
 * inserted (ids {@code 00000000-0000-0001-0000-<i in hex>}). Only the watch: the triage beside it would add a task
 * and a timer of its own per instance, which this target does not measure. Due in 30 days, so none fires until
 * bench/run moves some to T. Batches of 500 starts per transaction; prints {@code BENCH timers seeded} when done.
 */
@AutoConfiguration
@ConditionalOnProperty("tsuho.bench.seed-timers")
public class TimerSeeding {

    private static final int BATCH = 500;

    @Bean
    ApplicationRunner seedTimers(RuntimeService runtime, TransactionTemplate transactions,
                                 @Value("${tsuho.bench.seed-timers}") int count) {
        return args -> {
            long t0 = System.nanoTime();
            Date due = Date.from(Instant.now().plus(30, ChronoUnit.DAYS));
            for (int from = 1; from <= count; from += BATCH) {
                int first = from;
                transactions.executeWithoutResult(status -> {
                    for (int i = first; i < first + BATCH && i <= count; i++) {
                        runtime.createProcessInstanceByKey("incident-report")
                                .businessKey("C-T-" + i)
                                .setVariables(Map.of(
                                        "caseId", new UUID(1L, i).toString(),
                                        "caseNumber", "C-T-" + i,
                                        "detailedDueAt", due))
                                .startBeforeActivity("Wait_DetailedReport")
                                .execute();
                    }
                });
            }
            System.out.printf("BENCH timers seeded %d in %d ms%n", count, (System.nanoTime() - t0) / 1_000_000);
        };
    }
}
