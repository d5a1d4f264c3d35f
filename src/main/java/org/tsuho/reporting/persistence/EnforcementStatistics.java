package org.tsuho.reporting.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tsuho.platform.database.Jdbc;
import org.tsuho.reporting.Tally;

/** Penalty proceedings ({@code proceedings}, {@code proceeding_decisions}) and appeals ({@code appeals}). */
@Repository
public class EnforcementStatistics {

    private final JdbcClient jdbc;

    EnforcementStatistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every proceeding by where it stands now. */
    public List<Tally> proceedingsByStatus() {
        return tally("select status as k, count(*) as n from proceedings group by status");
    }

    /** Every appeal by where it stands now. */
    public List<Tally> appealsByStatus() {
        return tally("select status as k, count(*) as n from appeals group by status");
    }

    /**
     * Supervisors' decisions of one kind taken in [from, to), by outcome: kind DISPOSITION gives NO_ACTION, ORDER and
     * ADMINISTRATIVE_FINE; kind REFERRAL gives REFER (referral for prosecution) and DO_NOT_REFER.
     */
    public List<Tally> decisions(String kind, Instant from, Instant to) {
        return jdbc.sql("""
                select decision as k, count(*) as n from proceeding_decisions
                where kind = ? and decided_at >= ? and decided_at < ?
                group by decision
                """)
                .params(kind, Jdbc.ts(from), Jdbc.ts(to))
                .query((rs, i) -> new Tally(rs.getString("k"), rs.getLong("n")))
                .list();
    }

    /** Appeals filed on the days [from, to] (the legal filing day), late ones included. */
    public long appealsFiled(LocalDate from, LocalDate to) {
        return jdbc.sql("select count(*) from appeals where filed_on between ? and ?")
                .params(from, to).query(Long.class).single();
    }

    /** Rulings given in [from, to) by outcome. */
    public List<Tally> rulings(Instant from, Instant to) {
        return jdbc.sql("""
                select ruling as k, count(*) as n from appeals
                where ruled_at >= ? and ruled_at < ?
                group by ruling
                """)
                .params(Jdbc.ts(from), Jdbc.ts(to))
                .query((rs, i) -> new Tally(rs.getString("k"), rs.getLong("n")))
                .list();
    }

    private List<Tally> tally(String sql) {
        return jdbc.sql(sql).query((rs, i) -> new Tally(rs.getString("k"), rs.getLong("n"))).list();
    }
}
