package org.tsuho.reporting.persistence;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tsuho.platform.database.Jdbc;
import org.tsuho.reporting.Tally;

/** The open tasks of the inbox read model ({@code inbox_tasks} holds only open ones) by queue, age and lateness. */
@Repository
public class WorkloadStatistics {

    /** The age buckets' upper bounds; the last bucket is everything older than the last bound. */
    public static final List<Duration> AGE_BOUNDS = List.of(Duration.ofDays(1), Duration.ofDays(3), Duration.ofDays(7));

    /** The open tasks of one queue (candidate group) in one age bucket (an index into {@link #AGE_BOUNDS}, or past it). */
    public record QueueAge(String queue, int bucket, long count) {
    }

    private final JdbcClient jdbc;

    WorkloadStatistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Open tasks by queue and by how long they have been open at {@code now}. */
    public List<QueueAge> openTasksByQueueAndAge(Instant now) {
        Timestamp day = Jdbc.ts(now.minus(AGE_BOUNDS.get(0)));
        Timestamp threeDays = Jdbc.ts(now.minus(AGE_BOUNDS.get(1)));
        Timestamp week = Jdbc.ts(now.minus(AGE_BOUNDS.get(2)));
        return jdbc.sql("""
                select candidate_group, bucket, count(*) as n
                from (select candidate_group,
                             case when created_at > ? then 0 when created_at > ? then 1 when created_at > ? then 2 else 3 end as bucket
                      from inbox_tasks) t
                group by candidate_group, bucket
                order by candidate_group, bucket
                """)
                .params(day, threeDays, week)
                .query((rs, i) -> new QueueAge(rs.getString("candidate_group"), rs.getInt("bucket"), rs.getLong("n")))
                .list();
    }

    /** Overdue open tasks by queue: flagged by their timer, or past their due time at {@code now} (as the inbox says). */
    public List<Tally> overdueTasksByQueue(Instant now) {
        return jdbc.sql("""
                select candidate_group, count(*) as n from inbox_tasks
                where overdue or due_at < ?
                group by candidate_group order by candidate_group
                """)
                .param(Jdbc.ts(now))
                .query((rs, i) -> new Tally(rs.getString("candidate_group"), rs.getLong("n")))
                .list();
    }
}
