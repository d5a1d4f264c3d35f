package org.tsuho.casefile;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.tsuho.audit.AuditTrail;
import org.tsuho.deadline.RetentionRule;
import org.tsuho.deadline.Rulebook;
import org.tsuho.platform.database.Jdbc;

/**
 * Clears what each record class's retention period has ended, case by case: closed cases whose closure is older
 * than the class's period, not held by any {@link LegalHolds}, not cleared before. The case skeleton (number,
 * status, dates, timeline codes) and the audit trail stay; the clearing is on the timeline and in the audit trail
 * ({@code RECORDS_CLEARED}, detail: the class and how many records changed).
 * <p>
 * Runs nightly (cron {@code tsuho.retention.cron}, Japan time; {@code -} turns it off, as the tests do and call
 * {@link #run()} themselves). Each case is cleared in its own short transaction under a lock on the case row, so
 * several nodes running the job at once clear each case once.
 */
@Component
public class RetentionJob {

    /** What one run did. */
    public record Outcome(int cleared, int held) {
    }

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);
    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    private static final int PAGE = 200;

    private final JdbcClient jdbc;
    private final CaseFiles cases;
    private final List<RetainedRecords> classes;
    private final List<LegalHolds> holds;
    private final Rulebook rulebook;
    private final TransactionTemplate transactions;
    private final Clock clock;

    RetentionJob(JdbcClient jdbc, CaseFiles cases, List<RetainedRecords> classes, List<LegalHolds> holds, Rulebook rulebook,
                 TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.classes = List.copyOf(classes);
        this.holds = List.copyOf(holds);
        this.rulebook = rulebook;
        this.transactions = transactions;
        this.clock = clock;
        for (RetainedRecords records : this.classes) {
            rule(records);
        }
    }

    @Scheduled(cron = "${tsuho.retention.cron}", zone = "Asia/Tokyo")
    public Outcome run() {
        int cleared = 0;
        int held = 0;
        for (RetainedRecords records : classes) {
            Instant cutoff = clock.instant().atZone(JAPAN).minus(rule(records).period()).toInstant();
            Instant afterAt = null;
            UUID afterId = null;
            List<Candidate> page;
            do {
                page = candidates(records.recordClass(), cutoff, afterAt, afterId);
                for (Candidate candidate : page) {
                    Boolean done = transactions.execute(tx -> clear(records, candidate.id(), cutoff));
                    if (Boolean.TRUE.equals(done)) {
                        cleared++;
                    } else {
                        held++;
                    }
                    afterAt = candidate.closedAt();
                    afterId = candidate.id();
                }
            } while (page.size() == PAGE);
        }
        if (cleared + held > 0) {
            log.info("Retention: {} record classes cleared, {} held", cleared, held);
        }
        return new Outcome(cleared, held);
    }

    private record Candidate(UUID id, Instant closedAt) {
    }

    private List<Candidate> candidates(String recordClass, Instant cutoff, Instant afterAt, UUID afterId) {
        return jdbc.sql("""
                        select c.id, c.closed_at from cases c
                         where c.status = 'CLOSED' and c.closed_at <= :cutoff
                           and (cast(:afterAt as timestamptz) is null or (c.closed_at, c.id) > (:afterAt, :afterId))
                           and not exists (select 1 from case_retention r where r.case_id = c.id and r.record_class = :class)
                         order by c.closed_at, c.id
                         limit :limit
                        """)
                .param("cutoff", Jdbc.ts(cutoff)).param("afterAt", Jdbc.ts(afterAt)).param("afterId", afterId)
                .param("class", recordClass).param("limit", PAGE)
                .query((rs, n) -> new Candidate(rs.getObject("id", UUID.class), Jdbc.instant(rs, "closed_at")))
                .list();
    }

    /** @return true when cleared, false when held or no longer due (reopened, or cleared by another node) */
    private boolean clear(RetainedRecords records, UUID caseId, Instant cutoff) {
        boolean due = jdbc.sql("""
                        select c.status = 'CLOSED' and c.closed_at <= ?
                               and not exists (select 1 from case_retention r where r.case_id = c.id and r.record_class = ?)
                          from cases c where c.id = ? for update
                        """)
                .params(Jdbc.ts(cutoff), records.recordClass(), caseId).query(Boolean.class).single();
        if (!due || holds.stream().anyMatch(h -> h.holds(caseId))) {
            return false;
        }
        int changed = records.clear(caseId);
        jdbc.sql("insert into case_retention (case_id, record_class, cleared_at, cleared) values (?, ?, ?, ?)")
                .params(caseId, records.recordClass(), Jdbc.ts(clock.instant()), changed).update();
        cases.record(caseId, AuditTrail.SYSTEM, "RECORDS_CLEARED", records.recordClass() + " " + changed);
        return true;
    }

    private RetentionRule rule(RetainedRecords records) {
        RetentionRule rule = rulebook.settings().retention() == null ? null : rulebook.settings().retention().get(records.recordClass());
        if (rule == null) {
            throw new IllegalStateException("rulebook has no retention period for record class " + records.recordClass()
                    + " (tsuho.rulebook.retention." + records.recordClass() + ")");
        }
        return rule;
    }
}
