package org.tsuho.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The step test shared by intake and its baseline B1: raises the arrival rate until the server no longer keeps up
 * (achieved rate below 95% of the target, failures, dropped arrivals, or p99 over 1 s); the last rate it kept up with
 * is the sustained rate. Then a run at 70% of it gives the latency figures.
 * Prints {@code STEP}/{@code AT70} lines, {@code SUSTAINED <rate>} and {@code AT70 <p50> <p95> <p99> <max>} (ms).
 */
final class StepTest {

    /** One run of the load at a rate, for a duration; {@code tag} makes its requests unique. */
    interface Target {
        OpenModelLoad.Result run(String tag, double rate, Duration duration) throws InterruptedException;
    }

    static List<Double> rates(String list) {
        List<Double> rates = new ArrayList<>();
        for (String r : list.split(",")) {
            rates.add(Double.parseDouble(r));
        }
        return rates;
    }

    static double run(Target target, Duration step, List<Double> rates) throws InterruptedException {
        target.run("w", rates.get(0), Duration.ofSeconds(10)); // warm-up at the lowest rate: JIT, connection pools, caches
        double sustained = 0;
        for (double rate : rates) {
            OpenModelLoad.Result r = target.run("s" + (int) rate, rate, step);
            print("STEP", r);
            boolean keptUp = r.achievedRate() >= 0.95 * rate && r.failed() == 0 && r.dropped() == 0 && r.p99() < 1_000_000;
            if (!keptUp) {
                break;
            }
            sustained = rate;
        }
        System.out.printf(Locale.ROOT, "SUSTAINED %.1f%n", sustained);
        return sustained;
    }

    static void at(Target target, double rate, Duration duration) throws InterruptedException {
        OpenModelLoad.Result r = target.run("p", rate, duration);
        print("AT70", r);
        System.out.printf(Locale.ROOT, "AT70 %.1f %.1f %.1f %.1f%n", r.p50() / 1000.0, r.p95() / 1000.0, r.p99() / 1000.0,
                r.max() / 1000.0);
    }

    static void print(String label, OpenModelLoad.Result r) {
        System.out.printf(Locale.ROOT,
                "%s target=%.1f/s achieved=%.1f/s started=%d ok=%d failed=%d dropped=%d p50=%.1fms p95=%.1fms p99=%.1fms max=%.1fms statuses=%s%n",
                label, r.targetRate(), r.achievedRate(), r.started(), r.ok(), r.failed(), r.dropped(), r.p50() / 1000.0,
                r.p95() / 1000.0, r.p99() / 1000.0, r.max() / 1000.0, r.statuses());
    }

    private StepTest() {
    }
}
