package org.tsuho.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.tsuho.reporting.persistence.IntakeStatistics.DayCount;
import org.tsuho.reporting.persistence.IntakeStatistics.SectorCount;
import org.tsuho.reporting.persistence.IntakeStatistics.StageLateness;

/**
 * The supervisors' dashboard at one moment: the workload as it stands (open tasks, proceedings, appeals) and the
 * flow of the last {@link Dashboards#DAYS} Japan days, {@code firstDay} to {@code lastDay} inclusive (reports,
 * lateness, escalations).
 *
 * @param queues     every queue with an open task, by name
 * @param days       every day of the period, oldest first, days without reports included
 * @param lateness   FLASH then DETAILED, both always present
 * @param escalations POLICE then MOD, both always present
 * @param proceedings the statuses that have proceedings, in their life-cycle order
 * @param appeals    every appeal status in life-cycle order
 */
public record Dashboard(Instant at, LocalDate firstDay, LocalDate lastDay, List<QueueLoad> queues, List<DayCount> days,
                        List<SectorCount> sectors, List<StageLateness> lateness, List<TargetLoad> escalations,
                        List<Tally> proceedings, List<Tally> appeals) {

    /** One queue's open tasks by age bucket (see {@code WorkloadStatistics.AGE_BOUNDS}) and how many are overdue. */
    public record QueueLoad(String queue, List<Long> byAge, long overdue) {

        public long open() {
            return byAge.stream().mapToLong(Long::longValue).sum();
        }
    }

    /** Escalations proposed to one target in the period, by their status (in life-cycle order, zeros included). */
    public record TargetLoad(String target, List<Tally> byStatus) {

        public long total() {
            return byStatus.stream().mapToLong(Tally::count).sum();
        }
    }

    public long reportsReceived() {
        return days.stream().mapToLong(DayCount::count).sum();
    }
}
