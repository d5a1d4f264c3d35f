package org.tsuho.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.tsuho.platform.database.Jdbc;
import org.tsuho.platform.error.RefusedException;

/** Reads and registers operators and sectors (tables {@code companies}, {@code operator_contacts}, {@code sectors}). */
@Repository
public class Operators {

    private static final String SELECT_ENTRY = """
            select id, name_ja, name_en, sector, ministry, designated_on, status, updated_at from companies
            """;

    private final JdbcClient jdbc;
    private final RegistryChanges changes;
    private final Clock clock;

    Operators(JdbcClient jdbc, RegistryChanges changes, Clock clock) {
        this.jdbc = jdbc;
        this.changes = changes;
        this.clock = clock;
    }

    public Optional<Operator> find(String corporateNumber) {
        return jdbc.sql("select id, name_ja, name_en, sector, designated from companies where id = ?")
                .param(corporateNumber)
                .query((rs, n) -> new Operator(rs.getString("id"), rs.getString("name_ja"), rs.getString("name_en"),
                        rs.getString("sector"), rs.getBoolean("designated")))
                .optional();
    }

    /**
     * The operator of a company account. Embedded accounts cannot name a company the registry lacks; a Keycloak
     * account can ({@code company_id} is the realm's), and is refused until an administrator registers its operator
     * (as NOT_DESIGNATED if it only reports voluntarily), rather than filing reports nobody can link to an operator.
     *
     * @throws RefusedException when the registry has no operator with the account's corporate number
     */
    public Operator ofAccount(String corporateNumber) {
        return find(corporateNumber).orElseThrow(() -> new RefusedException(
                "Your company (" + corporateNumber + ") is not in the operator registry; ask the regulator to register it."));
    }

    public List<Sector> sectors() {
        return jdbc.sql("select code, name_ja, name_en, ministry_ja, ministry_en from sectors order by position")
                .query((rs, n) -> new Sector(rs.getString("code"), rs.getString("name_ja"), rs.getString("name_en"),
                        rs.getString("ministry_ja"), rs.getString("ministry_en")))
                .list();
    }

    /** The sectors by code, in their order. */
    public Map<String, Sector> sectorsByCode() {
        Map<String, Sector> byCode = new LinkedHashMap<>();
        sectors().forEach(s -> byCode.put(s.code(), s));
        return byCode;
    }

    /**
     * Creates or refreshes an operator's name, sector and designation (the demo companies are written at every
     * start). A designated operator becomes DESIGNATED; an undesignated one keeps WITHDRAWN if it was, else is
     * NOT_DESIGNATED. Ministry, designation date and contacts are left as they are. A real change is recorded.
     */
    @Transactional
    public void register(Operator operator) {
        Optional<RegistryEntry> before = entry(operator.id());
        OperatorStatus status = operator.designated() ? OperatorStatus.DESIGNATED
                : before.map(RegistryEntry::status).filter(s -> s == OperatorStatus.WITHDRAWN).orElse(OperatorStatus.NOT_DESIGNATED);
        Sector sector = sectorsByCode().get(operator.sector());
        RegistryEntry after = new RegistryEntry(operator.id(), operator.nameJa(), operator.nameEn(), operator.sector(),
                before.map(RegistryEntry::ministry).orElse(sector == null ? null : sector.ministryJa()),
                before.map(RegistryEntry::designatedOn).orElse(null), status,
                before.map(RegistryEntry::contacts).orElse(List.of()), null);
        if (before.isEmpty()) {
            insert(after);
            changes.created(after, "system", RegistryChanges.Source.SYSTEM);
        } else if (!before.get().summary().equals(after.summary())) {
            update(after);
            changes.updated(before.get(), after, "system", RegistryChanges.Source.SYSTEM);
        }
    }

    public Optional<RegistryEntry> entry(String corporateNumber) {
        Optional<RegistryEntry> entry = jdbc.sql(SELECT_ENTRY + " where id = ?").param(corporateNumber).query(this::row).optional();
        return entry.map(e -> withContacts(e, contacts(List.of(e.corporateNumber())).getOrDefault(e.corporateNumber(), List.of())));
    }

    /**
     * Operators in corporate-number order, after {@code afterCorporateNumber} (keyset paging).
     *
     * @param query matched against corporate number and both names
     */
    public List<RegistryEntry> search(String sector, OperatorStatus status, String query, String afterCorporateNumber, int limit) {
        StringBuilder sql = new StringBuilder(SELECT_ENTRY).append(" where true");
        Map<String, Object> params = new HashMap<>();
        if (sector != null) {
            sql.append(" and sector = :sector");
            params.put("sector", sector);
        }
        if (status != null) {
            sql.append(" and status = :status");
            params.put("status", status.name());
        }
        if (query != null && !query.isBlank()) {
            sql.append(" and (id = :q or name_ja ilike :like or name_en ilike :like)");
            params.put("q", query.strip());
            params.put("like", Jdbc.likePattern(query.strip()));
        }
        if (afterCorporateNumber != null) {
            sql.append(" and id > :after");
            params.put("after", afterCorporateNumber);
        }
        sql.append(" order by id limit :limit");
        params.put("limit", limit);
        List<RegistryEntry> entries = jdbc.sql(sql.toString()).params(params).query(this::row).list();
        Map<String, List<ReportingContact>> contacts = contacts(entries.stream().map(RegistryEntry::corporateNumber).toList());
        return entries.stream().map(e -> withContacts(e, contacts.getOrDefault(e.corporateNumber(), List.of()))).toList();
    }

    /** Locks the operator's row until the transaction ends, so two edits of one operator cannot interleave. */
    Optional<RegistryEntry> lock(String corporateNumber) {
        return jdbc.sql("select id from companies where id = ? for update").param(corporateNumber).query(String.class).optional()
                .flatMap(this::entry);
    }

    void insert(RegistryEntry entry) {
        jdbc.sql("""
                insert into companies (id, name_ja, name_en, sector, designated, status, ministry, designated_on, created_at, updated_at)
                values (:id, :nameJa, :nameEn, :sector, :designated, :status, :ministry, :designatedOn, :now, :now)
                """)
                .params(columns(entry))
                .update();
        replaceContacts(entry);
    }

    void update(RegistryEntry entry) {
        jdbc.sql("""
                update companies set name_ja = :nameJa, name_en = :nameEn, sector = :sector, designated = :designated,
                    status = :status, ministry = :ministry, designated_on = :designatedOn, updated_at = :now
                where id = :id
                """)
                .params(columns(entry))
                .update();
        replaceContacts(entry);
    }

    private Map<String, Object> columns(RegistryEntry entry) {
        Map<String, Object> columns = new HashMap<>();
        columns.put("id", entry.corporateNumber());
        columns.put("nameJa", entry.nameJa());
        columns.put("nameEn", entry.nameEn());
        columns.put("sector", entry.sector());
        columns.put("designated", entry.designated());
        columns.put("status", entry.status().name());
        columns.put("ministry", entry.ministry());
        columns.put("designatedOn", entry.designatedOn());
        columns.put("now", Jdbc.ts(clock.instant()));
        return columns;
    }

    private void replaceContacts(RegistryEntry entry) {
        jdbc.sql("delete from operator_contacts where company_id = ?").param(entry.corporateNumber()).update();
        List<ReportingContact> contacts = entry.contacts();
        for (int i = 0; i < contacts.size(); i++) {
            ReportingContact c = contacts.get(i);
            jdbc.sql("insert into operator_contacts (company_id, position, name, department, email, phone) values (?, ?, ?, ?, ?, ?)")
                    .params(entry.corporateNumber(), i, c.name(), c.department(), c.email(), c.phone())
                    .update();
        }
    }

    private Map<String, List<ReportingContact>> contacts(List<String> corporateNumbers) {
        Map<String, List<ReportingContact>> contacts = new HashMap<>();
        if (corporateNumbers.isEmpty()) {
            return contacts;
        }
        jdbc.sql("""
                select company_id, name, department, email, phone from operator_contacts
                where company_id::text = any(?) order by company_id, position
                """)
                .param(corporateNumbers.toArray(String[]::new))
                .query(rs -> {
                    contacts.computeIfAbsent(rs.getString("company_id"), k -> new ArrayList<>())
                            .add(new ReportingContact(rs.getString("name"), rs.getString("department"), rs.getString("email"),
                                    rs.getString("phone")));
                });
        return contacts;
    }

    private RegistryEntry row(ResultSet rs, int row) throws SQLException {
        return new RegistryEntry(rs.getString("id"), rs.getString("name_ja"), rs.getString("name_en"), rs.getString("sector"),
                rs.getString("ministry"), rs.getObject("designated_on", LocalDate.class),
                OperatorStatus.valueOf(rs.getString("status")), List.of(), Jdbc.instant(rs, "updated_at"));
    }

    private static RegistryEntry withContacts(RegistryEntry e, List<ReportingContact> contacts) {
        return new RegistryEntry(e.corporateNumber(), e.nameJa(), e.nameEn(), e.sector(), e.ministry(), e.designatedOn(),
                e.status(), contacts, e.updatedAt());
    }
}
