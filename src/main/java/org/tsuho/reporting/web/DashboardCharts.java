package org.tsuho.reporting.web;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.IntStream;
import org.tsuho.reporting.Dashboard;
import org.tsuho.reporting.Tally;
import org.tsuho.reporting.persistence.WorkloadStatistics;

/** The dashboard's charts, each drawn from the same figures its table shows. */
record DashboardCharts(Chart queues, Chart overdue, Chart days, Chart sectors, Chart lateness, Chart escalations,
                       Chart proceedings, Chart appeals) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("M/d");

    static DashboardCharts of(Dashboard dashboard, Labels labels) {
        List<String> ages = ageBuckets(labels);
        Chart queues = Chart.horizontal(dashboard.queues().stream()
                .map(q -> new Chart.Row(labels.queue(q.queue()), q.byAge())).toList(), ages);
        Chart overdue = single(dashboard.queues().stream()
                .map(q -> Chart.Row.of(labels.queue(q.queue()), q.overdue())).toList());
        Chart days = Chart.columns(dashboard.days().stream()
                .map(d -> Chart.Row.of(DAY.format(d.day()), d.count())).toList(), 7);
        Chart sectors = single(dashboard.sectors().stream()
                .map(s -> Chart.Row.of(labels.sector(s), s.count())).toList());
        Chart lateness = Chart.horizontal(dashboard.lateness().stream()
                        .map(l -> new Chart.Row(labels.text("stage." + l.stage()), List.of(l.filed() - l.late(), l.late()))).toList(),
                List.of(labels.text("reporting.onTime"), labels.text("reporting.late")));
        List<String> statuses = dashboard.escalations().get(0).byStatus().stream()
                .map(t -> labels.text("escalationStatus." + t.key())).toList();
        Chart escalations = Chart.horizontal(dashboard.escalations().stream()
                .map(e -> new Chart.Row(labels.text("target." + e.target()), e.byStatus().stream().map(Tally::count).toList()))
                .toList(), statuses);
        Chart proceedings = single(tallies(dashboard.proceedings(), "proceedingStatus.", labels));
        Chart appeals = single(tallies(dashboard.appeals(), "appeal.status.", labels));
        return new DashboardCharts(queues, overdue, days, sectors, lateness, escalations, proceedings, appeals);
    }

    /** The age buckets' names: under a day, 1–3 days, 3–7 days, over 7 days. */
    static List<String> ageBuckets(Labels labels) {
        return IntStream.rangeClosed(0, WorkloadStatistics.AGE_BOUNDS.size()).mapToObj(i -> labels.text("reporting.age." + i)).toList();
    }

    private static Chart single(List<Chart.Row> rows) {
        return Chart.horizontal(rows, List.of(""));
    }

    private static List<Chart.Row> tallies(List<Tally> tallies, String prefix, Labels labels) {
        return tallies.stream().map(t -> Chart.Row.of(labels.text(prefix + t.key()), t.count())).toList();
    }
}
