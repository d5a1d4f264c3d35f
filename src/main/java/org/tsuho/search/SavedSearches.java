package org.tsuho.search;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsuho.identity.Actor;
import org.tsuho.platform.database.Jdbc;
import org.tsuho.platform.error.FieldProblem;
import org.tsuho.platform.error.InvalidInputException;
import org.tsuho.platform.error.NotFoundException;

/**
 * Each person's saved searches (table {@code saved_searches}). Only the owner sees, runs or deletes one; for anyone
 * else it does not exist (404). Saving under a name already used replaces that search.
 */
@Service
public class SavedSearches {

    public static final int MAX_NAME = 100;
    /** Enough for anyone's working set; keeps the list on the search screen short. */
    public static final int MAX_PER_PERSON = 50;

    private final JdbcClient jdbc;
    private final Clock clock;

    SavedSearches(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public List<SavedSearch> of(Actor owner) {
        return jdbc.sql("select id, name, query, created_at from saved_searches where owner = ? order by name, id")
                .param(owner.username())
                .query(SavedSearches::row)
                .list();
    }

    public SavedSearch get(Actor owner, UUID id) {
        return jdbc.sql("select id, name, query, created_at from saved_searches where owner = ? and id = ?")
                .params(owner.username(), id)
                .query(SavedSearches::row)
                .optional()
                .orElseThrow(() -> new NotFoundException("saved search"));
    }

    /**
     * Saves the search under the name, replacing the owner's search of that name.
     *
     * @throws InvalidInputException when the name is missing or too long, the search is not a valid filter, or the
     *                               owner already has {@value #MAX_PER_PERSON}
     */
    @Transactional
    public SavedSearch save(Actor owner, String name, SearchParameters search, Collection<String> sectorCodes) {
        List<FieldProblem> problems = new ArrayList<>();
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.indexOf('\0') >= 0) {
            problems.add(FieldProblem.of("name", "error.required"));
        } else if (trimmed.length() > MAX_NAME) {
            problems.add(FieldProblem.of("name", "error.length", 1, MAX_NAME));
        }
        try {
            search.toFilter(SearchParameters.Dates.JAPAN_DAYS, sectorCodes);
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        if (problems.isEmpty() && count(owner) >= MAX_PER_PERSON && !exists(owner, trimmed)) {
            problems.add(FieldProblem.of("name", "error.tooMany", MAX_PER_PERSON));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        UUID id = jdbc.sql("""
                        insert into saved_searches (id, owner, name, query, created_at) values (?, ?, ?, ?, ?)
                        on conflict (owner, name) do update set query = excluded.query, created_at = excluded.created_at
                        returning id
                        """)
                .params(UUID.randomUUID(), owner.username(), trimmed, search.queryString(), Jdbc.ts(clock.instant()))
                .query(UUID.class).single();
        return get(owner, id);
    }

    /** @throws NotFoundException when the owner has no such search (another person's included) */
    @Transactional
    public void delete(Actor owner, UUID id) {
        if (jdbc.sql("delete from saved_searches where owner = ? and id = ?").params(owner.username(), id).update() == 0) {
            throw new NotFoundException("saved search");
        }
    }

    private static SavedSearch row(ResultSet rs, int n) throws SQLException {
        return new SavedSearch(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("query"),
                Jdbc.instant(rs, "created_at"));
    }

    private int count(Actor owner) {
        return jdbc.sql("select count(*) from saved_searches where owner = ?").param(owner.username()).query(Integer.class).single();
    }

    private boolean exists(Actor owner, String name) {
        return jdbc.sql("select count(*) from saved_searches where owner = ? and name = ?").params(owner.username(), name)
                .query(Integer.class).single() > 0;
    }
}
