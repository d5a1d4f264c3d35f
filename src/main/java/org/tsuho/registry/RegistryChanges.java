package org.tsuho.registry;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tsuho.platform.database.Jdbc;

/**
 * The record of every change to the registry (table {@code registry_changes}): who, when, through what, and the
 * changed fields before and after, shown with the operator. Each change is also announced ({@link RegistryChanged})
 * for the audit trail, which keeps codes only.
 */
@Repository
public class RegistryChanges {

    /** Through what the change came. */
    public enum Source {
        SCREEN, API, IMPORT, SYSTEM
    }

    /** One change as the registry's detail page lists it. */
    public record Change(Instant at, String by, String action, Source source, String before, String after) {
    }

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RegistryChanges(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    void created(RegistryEntry entry, String by, Source source) {
        insert(entry.corporateNumber(), by, "CREATED", source, null, describe(entry.summary(), entry.summary()));
        events.publishEvent(new RegistryChanged(entry.corporateNumber(), by, "CREATED", source, List.copyOf(entry.summary().keySet())));
    }

    void updated(RegistryEntry before, RegistryEntry after, String by, Source source) {
        Map<String, String> old = before.summary();
        Map<String, String> now = after.summary();
        Map<String, String> changedBefore = changed(old, now);
        insert(after.corporateNumber(), by, "UPDATED", source, describe(changedBefore, old), describe(changedBefore, now));
        events.publishEvent(new RegistryChanged(after.corporateNumber(), by, "UPDATED", source, List.copyOf(changedBefore.keySet())));
    }

    public List<Change> of(String corporateNumber) {
        return jdbc.sql("select * from registry_changes where company_id = ? order by changed_at desc, id desc")
                .param(corporateNumber)
                .query((rs, n) -> new Change(Jdbc.instant(rs, "changed_at"), rs.getString("changed_by"), rs.getString("action"),
                        Source.valueOf(rs.getString("source")), rs.getString("before"), rs.getString("after")))
                .list();
    }

    private void insert(String corporateNumber, String by, String action, Source source, String before, String after) {
        jdbc.sql("""
                insert into registry_changes (company_id, changed_by, changed_at, action, source, before, after)
                values (?, ?, ?, ?, ?, ?, ?)
                """)
                .params(corporateNumber, by, Jdbc.ts(clock.instant()), action, source.name(), before, after)
                .update();
    }

    /** The fields whose value differs. */
    private static Map<String, String> changed(Map<String, String> before, Map<String, String> after) {
        return before.entrySet().stream()
                .filter(e -> !e.getValue().equals(after.get(e.getKey())))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }

    /** {@code field=value; field=value} for the given fields, in the summary's order. */
    private static String describe(Map<String, String> fields, Map<String, String> values) {
        return fields.keySet().stream().map(k -> k + "=" + values.get(k)).collect(Collectors.joining("; "));
    }
}
