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
     * Key of the transaction-level advisory lock that serialises appends ("tsuhoaud" in ASCII), so entries join the
     * chain one transaction at a time, in commit order. Held only from the commit's start to its end.
     */
    static final long CHAIN_LOCK = 0x747375686f617564L;

    private final JdbcClient jdbc;
    private final JdbcTemplate streaming;

    AuditLedger(JdbcClient jdbc, JdbcTemplate streaming) {
        this.jdbc = jdbc;
        this.streaming = streaming;
    }

    /** Chains and inserts these entries after the current head. Must run inside the transaction that wrote them. */
    void append(List<AuditTrail.Draft> drafts) {
        jdbc.sql("select 1 from pg_advisory_xact_lock(?)").param(CHAIN_LOCK).query(Integer.class).single();
        record Head(long seq, String hash) {
        }
        Head head = jdbc.sql("select seq, hash from audit_entries order by seq desc limit 1")
                .query((rs, n) -> new Head(rs.getLong("seq"), rs.getString("hash")))
                .optional().orElse(new Head(0, AuditChain.GENESIS));
        List<Object[]> rows = new ArrayList<>(drafts.size());
        for (AuditTrail.Draft d : drafts) {
            long seq = head.seq() + 1;
            String hash = AuditChain.hash(head.hash(), AuditChain.canonical(seq, d.at(), d.actor(), d.roles(), d.caseId(),
                    d.action(), d.detail()));
            rows.add(new Object[] {seq, Jdbc.ts(d.at()), d.actor(), d.roles(), d.caseId(), d.action(), d.detail(), head.hash(), hash});
            head = new Head(seq, hash);
        }
        // One round trip for all of them: the chain lock is held until the commit ends, so every trip counts.
        streaming.batchUpdate("""
                insert into audit_entries (seq, at, actor, roles, case_id, action, detail, prev_hash, hash)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, rows);
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
