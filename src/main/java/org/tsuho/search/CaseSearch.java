package org.tsuho.search;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.tsuho.casefile.CaseSummary;
import org.tsuho.platform.database.Jdbc;
import org.tsuho.platform.error.InvalidInputException;
import org.tsuho.platform.paging.Cursor;
import org.tsuho.platform.paging.Page;
import org.tsuho.tasks.Urgency;

/** Finds cases for staff: keyset pages of a filter, or its whole result row by row. */
@Service
public class CaseSearch {

    /** Rows the export fetches from the database at a time, so that a large result never sits in memory. */
    static final int FETCH_SIZE = 500;

    private final JdbcClient jdbc;
    private final JdbcClient streaming;
    private final Clock clock;

    CaseSearch(JdbcClient jdbc, DataSource dataSource, Clock clock) {
        this.jdbc = jdbc;
        JdbcTemplate fetching = new JdbcTemplate(dataSource);
        fetching.setFetchSize(FETCH_SIZE);
        this.streaming = JdbcClient.create(new NamedParameterJdbcTemplate(fetching));
        this.clock = clock;
    }

    /**
     * @param cursor the {@code nextCursor} of the previous page, or null for the first
     * @throws InvalidInputException for a cursor this search did not hand out
     */
    public Page<CaseHit> page(CaseFilter filter, String cursor, int limit) {
        Cursor after = Cursor.decode(cursor);
        if (after != null) {
            checkId(after.id());
        }
        CaseQuery query = CaseQuery.of(filter);
        String sql = query.page(after, limit + 1);
        Instant now = clock.instant();
        List<CaseHit> rows = new ArrayList<>(jdbc.sql(sql).params(query.params()).query((rs, n) -> hit(rs, now)).list());
        String next = null;
        if (rows.size() > limit) {
            rows.remove(limit);
            CaseSummary last = rows.get(limit - 1).summary();
            next = new Cursor(last.createdAt(), last.id().toString()).encode();
        }
        return new Page<>(rows, next);
    }

    /**
     * Hands every case of the filter to {@code each}, in the search's order, fetching {@value #FETCH_SIZE} rows at a
     * time. The database streams only inside a transaction: callers hold one.
     */
    void each(CaseFilter filter, Consumer<CaseHit> each) {
        CaseQuery query = CaseQuery.of(filter);
        Instant now = clock.instant();
        streaming.sql(query.all()).params(query.params()).query(rs -> {
            each.accept(hit(rs, now));
        });
    }

    private static void checkId(String id) {
        try {
            UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("cursor", "error.cursor");
        }
    }

    private static CaseHit hit(ResultSet rs, Instant now) throws SQLException {
        CaseSummary summary = CaseSummary.of(rs);
        Instant dueAt = Jdbc.instant(rs, "due_at");
        List<String> receipts = Arrays.asList((String[]) rs.getArray("receipt_numbers").getArray());
        Urgency urgency = dueAt == null ? Urgency.NONE : Urgency.of(dueAt, rs.getBoolean("overdue"), now);
        return new CaseHit(summary, receipts, dueAt, urgency);
    }
}
