package org.tsuho.reporting.persistence;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tsuho.platform.database.Jdbc;
import org.tsuho.reporting.Tally;

/** Escalations ({@code escalations}) and the referrals they sent ({@code referrals}) in a period. */
@Repository
public class EscalationStatistics {

    /** Escalations to one target (POLICE, MOD) that ended, or stand, in one status. */
    public record TargetStatus(String target, String status, long count) {
    }

    private final JdbcClient jdbc;

    EscalationStatistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Escalations proposed in [from, to) by target and status; one proposal to both partners counts for each. */
    public List<TargetStatus> escalationsByTarget(Instant from, Instant to) {
        return jdbc.sql("""
                select t.target, e.status, count(*) as n
                from escalations e cross join lateral unnest(e.targets) as t(target)
                where e.proposed_at >= ? and e.proposed_at < ?
                group by t.target, e.status order by t.target, e.status
                """)
                .params(Jdbc.ts(from), Jdbc.ts(to))
                .query((rs, i) -> new TargetStatus(rs.getString("target"), rs.getString("status"), rs.getLong("n")))
                .list();
    }

    /** Referrals sent in [from, to) by agency. */
    public List<Tally> referralsByAgency(Instant from, Instant to) {
        return jdbc.sql("""
                select agency, count(*) as n from referrals
                where sent_at >= ? and sent_at < ?
                group by agency order by agency desc
                """)
                .params(Jdbc.ts(from), Jdbc.ts(to))
                .query((rs, i) -> new Tally(rs.getString("agency"), rs.getLong("n")))
                .list();
    }
}
