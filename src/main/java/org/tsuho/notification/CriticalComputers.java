package org.tsuho.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tsuho.platform.database.Jdbc;

/** The registry of specified critical computers per operator (tables {@code critical_computers} and their versions). */
@Repository
public class CriticalComputers {

    private final JdbcClient jdbc;

    CriticalComputers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The operator's computers by name, each with its versions newest first. */
    public List<CriticalComputer> ofCompany(String companyId) {
        Map<UUID, CriticalComputer> computers = new LinkedHashMap<>();
        Map<UUID, List<CriticalComputer.Version>> versions = new LinkedHashMap<>();
        jdbc.sql("""
                select c.id, c.company_id, c.name, c.registered_at, v.version, v.product, v.introduced_on, r.receipt_number,
                       r.case_id, v.accepted_by, v.accepted_at
                  from critical_computers c
                  join critical_computer_versions v on v.computer_id = c.id
                  join reports r on r.id = v.report_id
                 where c.company_id = ?
                 order by c.name, c.id, v.version desc
                """)
                .param(companyId)
                .query(rs -> {
                    UUID id = rs.getObject("id", UUID.class);
                    computers.putIfAbsent(id, new CriticalComputer(id, rs.getString("company_id"), rs.getString("name"),
                            Jdbc.instant(rs, "registered_at"), List.of()));
                    versions.computeIfAbsent(id, k -> new ArrayList<>()).add(new CriticalComputer.Version(rs.getInt("version"),
                            rs.getString("product"), rs.getObject("introduced_on", LocalDate.class), rs.getString("receipt_number"),
                            rs.getObject("case_id", UUID.class), rs.getString("accepted_by"), Jdbc.instant(rs, "accepted_at")));
                });
        return computers.values().stream()
                .map(c -> new CriticalComputer(c.id(), c.companyId(), c.name(), c.registeredAt(), versions.get(c.id())))
                .toList();
    }

    /**
     * Registers what an accepted notification says about one computer: a new computer gets version 1; a
     * different product or introduction date becomes the next version; the same again changes nothing.
     *
     * @return the version now current
     */
    int register(String companyId, String systemName, String product, LocalDate introducedOn, UUID reportId, String acceptedBy,
                 Instant at) {
        String key = SystemNames.key(systemName);
        jdbc.sql("""
                insert into critical_computers (id, company_id, system_key, name, registered_at) values (?, ?, ?, ?, ?)
                on conflict (company_id, system_key) do nothing
                """)
                .params(UUID.randomUUID(), companyId, key, systemName, Jdbc.ts(at)).update();
        UUID id = jdbc.sql("select id from critical_computers where company_id = ? and system_key = ? for update")
                .params(companyId, key).query(UUID.class).single();
        Optional<Current> current = jdbc.sql("""
                select version, product, introduced_on, report_id from critical_computer_versions
                 where computer_id = ? order by version desc limit 1
                """)
                .param(id)
                .query((rs, n) -> new Current(rs.getInt("version"), rs.getString("product"),
                        rs.getObject("introduced_on", LocalDate.class), rs.getObject("report_id", UUID.class)))
                .optional();
        if (current.isPresent() && (current.get().reportId().equals(reportId)
                || (SystemNames.key(current.get().product()).equals(SystemNames.key(product)) && current.get().introducedOn().equals(introducedOn)))) {
            return current.get().version();
        }
        int version = current.map(c -> c.version() + 1).orElse(1);
        jdbc.sql("""
                insert into critical_computer_versions (computer_id, version, product, introduced_on, report_id, accepted_by, accepted_at)
                values (?, ?, ?, ?, ?, ?, ?)
                """)
                .params(id, version, product, introducedOn, reportId, acceptedBy, Jdbc.ts(at)).update();
        return version;
    }

    private record Current(int version, String product, LocalDate introducedOn, UUID reportId) {
    }
}
