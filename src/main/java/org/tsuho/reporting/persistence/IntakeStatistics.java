package org.tsuho.reporting.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tsuho.platform.database.Jdbc;
import org.tsuho.reporting.Tally;

/** Reports received ({@code reports}, every submission: flash, detailed, update, asset notification) in a period. */
@Repository
public class IntakeStatistics {

    /** Reports received on one Japan day. */
    public record DayCount(LocalDate day, long count) {
    }

    /** Reports received from one sector's operators. */
    public record SectorCount(String sector, String nameJa, String nameEn, long count) {
    }

    /** Reports of one stage and how many of them the rulebook found late when they were filed. */
    public record StageLateness(String stage, long filed, long late) {
    }

    private final JdbcClient jdbc;

    IntakeStatistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** All reports submitted in [from, to). */
    public long received(Instant from, Instant to) {
        return jdbc.sql("select count(*) from reports where submitted_at >= ? and submitted_at < ?")
                .params(Jdbc.ts(from), Jdbc.ts(to)).query(Long.class).single();
    }

    /** Reports per Japan calendar day in [from, to); days without reports are absent. */
    public List<DayCount> receivedPerJapanDay(Instant from, Instant to) {
        return jdbc.sql("""
                select (submitted_at at time zone 'Asia/Tokyo')::date as day, count(*) as n from reports
                where submitted_at >= ? and submitted_at < ?
                group by day order by day
                """)
                .params(Jdbc.ts(from), Jdbc.ts(to))
                .query((rs, i) -> new DayCount(rs.getObject("day", LocalDate.class), rs.getLong("n")))
                .list();
    }

    /** Reports per sector of the reporting operator in [from, to), in the sectors' own order. */
    public List<SectorCount> receivedPerSector(Instant from, Instant to) {
        return jdbc.sql("""
                select s.code, s.name_ja, s.name_en, count(*) as n
                from reports r join companies c on c.id = r.company_id join sectors s on s.code = c.sector
                where r.submitted_at >= ? and r.submitted_at < ?
                group by s.code, s.name_ja, s.name_en, s.position order by s.position
                """)
                .params(Jdbc.ts(from), Jdbc.ts(to))
                .query((rs, i) -> new SectorCount(rs.getString("code"), rs.getString("name_ja"), rs.getString("name_en"), rs.getLong("n")))
                .list();
    }

    /**
     * Flash and detailed reports filed in [from, to) and how many were late: the {@code late} flag the rulebook set
     * at filing, so a later change of the rulebook does not rewrite the past.
     */
    public List<StageLateness> lateness(Instant from, Instant to) {
        return jdbc.sql("""
                select stage, count(*) as filed, count(*) filter (where late) as late from reports
                where stage in ('FLASH', 'DETAILED') and submitted_at >= ? and submitted_at < ?
                group by stage order by stage desc
                """)
                .params(Jdbc.ts(from), Jdbc.ts(to))
                .query((rs, i) -> new StageLateness(rs.getString("stage"), rs.getLong("filed"), rs.getLong("late")))
                .list();
    }

    /** Reports of each kind and stage in [from, to), the stage-less kinds under their kind's name. */
    public List<Tally> receivedByStage(Instant from, Instant to) {
        return jdbc.sql("""
                select coalesce(stage, kind) as k, count(*) as n from reports
                where submitted_at >= ? and submitted_at < ?
                group by k order by k
                """)
                .params(Jdbc.ts(from), Jdbc.ts(to))
                .query((rs, i) -> new Tally(rs.getString("k"), rs.getLong("n")))
                .list();
    }
}
