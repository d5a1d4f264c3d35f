package org.tsuho.audit;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tsuho.platform.database.Jdbc;

/** The {@code audit_entries} table: appends under the chain lock, reads for verification and the oversight view. */
@Repository
class AuditLedger {

    /**
     * Key of the transaction-level advisory lock that serialises chainers ("tsuhoaud" in ASCII), so each links its
     * entries after the head the one before it committed. Held by a chainer's short transaction only.
     */
    static final long CHAIN_LOCK = 0x747375686f617564L;

    private final JdbcClient jdbc;
    private final JdbcTemplate streaming;

    AuditLedger(JdbcClient jdbc, JdbcTemplate streaming) {
        this.jdbc = jdbc;
        this.streaming = streaming;
    }

    /** Stores these entries unchained, in the caller's transaction; {@link #chainPending} links them once committed. */
    void stage(List<AuditTrail.Draft> drafts) {
        streaming.batchUpdate("insert into audit_pending (at, actor, roles, case_id, action, detail) values (?, ?, ?, ?, ?, ?)",
                drafts.stream().map(d -> new Object[] {Jdbc.ts(d.at()), d.actor(), d.roles(), d.caseId(), d.action(), d.detail()}).toList());
    }

    /**
     * Links up to {@code max} committed pending entries after the head, oldest first, and removes them from the
     * pending table. Must run in a transaction of its own; the chain lock serialises chainers (one per node) until it
     * commits. Returns how many it chained.
     */
    int chainPending(int max) {
        // Most wake-ups find nothing left (an earlier round took their entries): they need not wait for the lock.
        if (!jdbc.sql("select exists (select 1 from audit_pending)").query(Boolean.class).single()) {
            return 0;
        }
        jdbc.sql("select 1 from pg_advisory_xact_lock(?)").param(CHAIN_LOCK).query(Integer.class).single();
        record Staged(long id, AuditTrail.Draft draft) {
        }
        List<Staged> pending = jdbc.sql("select * from audit_pending order by id limit ?")
                .param(max)
                .query((rs, n) -> new Staged(rs.getLong("id"), new AuditTrail.Draft(Jdbc.instant(rs, "at"), rs.getString("actor"),
                        rs.getString("roles"), rs.getObject("case_id", UUID.class), rs.getString("action"), rs.getString("detail"))))
                .list();
        if (pending.isEmpty()) {
            return 0;
        }
        record Head(long seq, String hash) {
        }
        Head head = jdbc.sql("select seq, hash from audit_entries order by seq desc limit 1")
                .query((rs, n) -> new Head(rs.getLong("seq"), rs.getString("hash")))
                .optional().orElse(new Head(0, AuditChain.GENESIS));
        List<Object[]> rows = new ArrayList<>(pending.size());
        Long[] ids = new Long[pending.size()];
        for (int i = 0; i < pending.size(); i++) {
            ids[i] = pending.get(i).id();
            AuditTrail.Draft d = pending.get(i).draft();
            long seq = head.seq() + 1;
            String hash = AuditChain.hash(head.hash(), AuditChain.canonical(seq, d.at(), d.actor(), d.roles(), d.caseId(),
                    d.action(), d.detail()));
            rows.add(new Object[] {seq, Jdbc.ts(d.at()), d.actor(), d.roles(), d.caseId(), d.action(), d.detail(), head.hash(), hash});
            head = new Head(seq, hash);
        }
        streaming.batchUpdate("""
                insert into audit_entries (seq, at, actor, roles, case_id, action, detail, prev_hash, hash)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, rows);
        jdbc.sql("delete from audit_pending where id = any(?)").param(ids).update();
        return pending.size();
    }

    Optional<AuditEntry> head() {
        return jdbc.sql("select * from audit_entries order by seq desc limit 1").query(AuditLedger::entry).optional();
    }

    /** Every entry in chain order, streamed (the trail can be far larger than memory). */
    void each(Consumer<AuditEntry> visitor) {
        // A fetch size makes the driver read through a cursor (inside the caller's transaction) instead of loading all rows.
        streaming.query(connection -> {
            PreparedStatement statement = connection.prepareStatement("select * from audit_entries order by seq");
            statement.setFetchSize(1000);
            return statement;
        }, (RowCallbackHandler) rs -> visitor.accept(entry(rs, 0)));
    }

    /** Newest first, keyset-paginated on seq. */
    List<AuditEntry> search(AuditFilter filter, Long beforeSeq, int limit) {
        StringBuilder sql = new StringBuilder("select * from audit_entries where true");
        Map<String, Object> params = new HashMap<>();
        if (filter.caseId() != null) {
            sql.append(" and case_id = :caseId");
            params.put("caseId", filter.caseId());
        }
        if (filter.actor() != null) {
            sql.append(" and actor = :actor");
            params.put("actor", filter.actor());
        }
        if (filter.action() != null) {
            sql.append(" and action = :action");
            params.put("action", filter.action());
        }
        if (filter.from() != null) {
            sql.append(" and at >= :from");
            params.put("from", Jdbc.ts(filter.from()));
        }
        if (filter.to() != null) {
            sql.append(" and at < :to");
            params.put("to", Jdbc.ts(filter.to()));
        }
        if (beforeSeq != null) {
            sql.append(" and seq < :before");
            params.put("before", beforeSeq);
        }
        sql.append(" order by seq desc limit :limit");
        params.put("limit", limit);
        return jdbc.sql(sql.toString()).params(params).query(AuditLedger::entry).list();
    }

    private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(rs.getLong("seq"), Jdbc.instant(rs, "at"), rs.getString("actor"), rs.getString("roles"),
                rs.getObject("case_id", UUID.class), rs.getString("action"), rs.getString("detail"), rs.getString("prev_hash"),
                rs.getString("hash"));
    }
}
