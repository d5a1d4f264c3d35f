package org.tsuho.reporting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.tsuho.appeal.AppealStatus;
import org.tsuho.enforcement.ProceedingStatus;
import org.tsuho.escalation.Agency;
import org.tsuho.escalation.EscalationStatus;
import org.tsuho.reporting.persistence.EnforcementStatistics;
import org.tsuho.reporting.persistence.EscalationStatistics;
import org.tsuho.reporting.persistence.EscalationStatistics.TargetStatus;
import org.tsuho.reporting.persistence.IntakeStatistics;
import org.tsuho.reporting.persistence.IntakeStatistics.DayCount;
import org.tsuho.reporting.persistence.IntakeStatistics.StageLateness;
import org.tsuho.reporting.persistence.WorkloadStatistics;
import org.tsuho.reporting.persistence.WorkloadStatistics.QueueAge;
import org.tsuho.web.JapanTime;

/** Puts the supervisors' dashboard together from the statistics repositories. */
@Service
public class Dashboards {

    /** The flow figures cover this many Japan days, today included. */
    public static final int DAYS = 30;
    private static final List<String> STAGES = List.of("FLASH", "DETAILED");

    private final WorkloadStatistics workload;
    private final IntakeStatistics intake;
    private final EscalationStatistics escalations;
    private final EnforcementStatistics enforcement;
    private final Clock clock;

    Dashboards(WorkloadStatistics workload, IntakeStatistics intake, EscalationStatistics escalations,
               EnforcementStatistics enforcement, Clock clock) {
        this.workload = workload;
        this.intake = intake;
        this.escalations = escalations;
        this.enforcement = enforcement;
        this.clock = clock;
    }

    public Dashboard now() {
        return at(clock.instant());
    }

    /** The dashboard as it would have read at {@code now}: its period ends with that moment's Japan day. */
    public Dashboard at(Instant now) {
        LocalDate lastDay = LocalDate.ofInstant(now, JapanTime.ZONE);
        LocalDate firstDay = lastDay.minusDays(DAYS - 1);
        Instant from = firstDay.atStartOfDay(JapanTime.ZONE).toInstant();
        Instant to = lastDay.plusDays(1).atStartOfDay(JapanTime.ZONE).toInstant();
        return new Dashboard(now, firstDay, lastDay, queues(now), days(firstDay, intake.receivedPerJapanDay(from, to)),
                intake.receivedPerSector(from, to), lateness(intake.lateness(from, to)),
                targets(escalations.escalationsByTarget(from, to)),
                inOrder(enforcement.proceedingsByStatus(), ProceedingStatus.values(), false),
                inOrder(enforcement.appealsByStatus(), AppealStatus.values(), true));
    }

    private List<Dashboard.QueueLoad> queues(Instant now) {
        int buckets = WorkloadStatistics.AGE_BOUNDS.size() + 1;
        Map<String, Long[]> byAge = new TreeMap<>();
        for (QueueAge q : workload.openTasksByQueueAndAge(now)) {
            byAge.computeIfAbsent(q.queue(), k -> zeros(buckets))[q.bucket()] = q.count();
        }
        Map<String, Long> overdue = workload.overdueTasksByQueue(now).stream().collect(Collectors.toMap(Tally::key, Tally::count));
        return byAge.entrySet().stream()
                .map(e -> new Dashboard.QueueLoad(e.getKey(), List.of(e.getValue()), overdue.getOrDefault(e.getKey(), 0L)))
                .toList();
    }

    private static Long[] zeros(int n) {
        Long[] zeros = new Long[n];
        Arrays.fill(zeros, 0L);
        return zeros;
    }

    private static List<DayCount> days(LocalDate firstDay, List<DayCount> counted) {
        Map<LocalDate, Long> byDay = counted.stream().collect(Collectors.toMap(DayCount::day, DayCount::count));
        List<DayCount> days = new ArrayList<>();
        for (int i = 0; i < DAYS; i++) {
            LocalDate day = firstDay.plusDays(i);
            days.add(new DayCount(day, byDay.getOrDefault(day, 0L)));
        }
        return days;
    }

    private static List<StageLateness> lateness(List<StageLateness> counted) {
        Map<String, StageLateness> byStage = counted.stream().collect(Collectors.toMap(StageLateness::stage, Function.identity()));
        return STAGES.stream().map(s -> byStage.getOrDefault(s, new StageLateness(s, 0, 0))).toList();
    }

    private static List<Dashboard.TargetLoad> targets(List<TargetStatus> counted) {
        return Arrays.stream(Agency.values()).map(agency -> new Dashboard.TargetLoad(agency.name(),
                        Arrays.stream(EscalationStatus.values()).map(status -> new Tally(status.name(), counted.stream()
                                .filter(c -> c.target().equals(agency.name()) && c.status().equals(status.name()))
                                .mapToLong(TargetStatus::count).sum())).toList()))
                .toList();
    }

    /** The tallies in the order of the enum's constants; statuses not in the enum (none should be) last. */
    static List<Tally> inOrder(List<Tally> counted, Enum<?>[] order, boolean withZeros) {
        return inOrder(counted, Arrays.stream(order).map(Enum::name).toList(), withZeros);
    }

    /** The tallies in the order of the keys given; keys not given (none should be) last. */
    static List<Tally> inOrder(List<Tally> counted, List<String> order, boolean withZeros) {
        Map<String, Long> byKey = new TreeMap<>(counted.stream().collect(Collectors.toMap(Tally::key, Tally::count)));
        List<Tally> ordered = new ArrayList<>();
        for (String key : order) {
            long count = byKey.getOrDefault(key, 0L);
            byKey.remove(key);
            if (withZeros || count > 0) {
                ordered.add(new Tally(key, count));
            }
        }
        byKey.forEach((key, count) -> ordered.add(new Tally(key, count)));
        return ordered;
    }
}
