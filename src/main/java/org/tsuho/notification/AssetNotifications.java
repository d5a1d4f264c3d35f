package org.tsuho.notification;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tsuho.platform.database.Jdbc;

/** Asset notifications with their check results and status (table {@code asset_notifications}). */
@Repository
public class AssetNotifications {

    private static final String SELECT = """
            select n.*, r.receipt_number, d.receipt_number as duplicate_receipt_number
              from asset_notifications n
              join reports r on r.id = n.report_id
              left join reports d on d.id = n.duplicate_of
            """;

    private final JdbcClient jdbc;

    AssetNotifications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a checked notification; a second run of the same check (the engine may retry) changes nothing. */
    void insert(UUID reportId, UUID caseId, String companyId, String product, LocalDate introducedOn, List<String> systems,
                UUID duplicateOf, Integer excludedBy, NotificationStatus status, Instant checkedAt) {
        jdbc.sql("""
                insert into asset_notifications (report_id, case_id, company_id, product, introduced_on, systems, system_keys,
                                                 duplicate_of, excluded_by, status, checked_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (report_id) do nothing
                """)
                .params(reportId, caseId, companyId, product, introducedOn, systems.toArray(String[]::new),
                        systems.stream().map(SystemNames::key).toArray(String[]::new), duplicateOf, excludedBy, status.name(),
                        Jdbc.ts(checkedAt))
                .update();
    }

    void changeStatus(UUID reportId, NotificationStatus status, Instant at) {
        boolean decided = status == NotificationStatus.ACCEPTED || status == NotificationStatus.EXCLUDED;
        jdbc.sql("update asset_notifications set status = ?, decided_at = ? where report_id = ?")
                .params(status.name(), decided ? Jdbc.ts(at) : null, reportId).update();
    }

    public Optional<AssetNotification> find(UUID reportId) {
        return jdbc.sql(SELECT + " where n.report_id = ?").param(reportId).query(AssetNotifications::notification).optional();
    }

    /** The notification a case was opened for. */
    public Optional<AssetNotification> ofCase(UUID caseId) {
        return jdbc.sql(SELECT + " where n.case_id = ? order by n.checked_at limit 1").param(caseId)
                .query(AssetNotifications::notification).optional();
    }

    public List<AssetNotification> ofCompany(String companyId) {
        return jdbc.sql(SELECT + " where n.company_id = ? order by n.checked_at desc").param(companyId)
                .query(AssetNotifications::notification).list();
    }

    /**
     * An earlier notification of this operator for the same product, introduction date and systems (all of this
     * one's systems at least), other than {@code reportId} itself.
     */
    Optional<UUID> duplicateOf(UUID reportId, String companyId, String product, LocalDate introducedOn, List<String> systems) {
        String productKey = SystemNames.key(product);
        return jdbc.sql("""
                select report_id, product from asset_notifications
                 where company_id = ? and report_id <> ? and introduced_on = ? and system_keys @> ?::text[]
                 order by checked_at
                """)
                .params(companyId, reportId, introducedOn, systems.stream().map(SystemNames::key).toArray(String[]::new))
                .query((rs, n) -> SystemNames.key(rs.getString("product")).equals(productKey) ? rs.getObject("report_id", UUID.class) : null)
                .list().stream().filter(Objects::nonNull).findFirst();
    }

    /** Whether the operator ever notified a system of this name, whatever became of the notification. */
    boolean notified(String companyId, String systemKey) {
        return jdbc.sql("select exists (select 1 from asset_notifications where company_id = ? and ? = any(system_keys))")
                .params(companyId, systemKey).query(Boolean.class).single();
    }

    private static AssetNotification notification(ResultSet rs, int row) throws SQLException {
        return new AssetNotification(rs.getObject("report_id", UUID.class), rs.getString("receipt_number"),
                rs.getObject("case_id", UUID.class), rs.getString("company_id"), rs.getString("product"),
                rs.getObject("introduced_on", LocalDate.class), strings(rs.getArray("systems")),
                rs.getString("duplicate_receipt_number"), (Integer) rs.getObject("excluded_by"),
                NotificationStatus.valueOf(rs.getString("status")), Jdbc.instant(rs, "checked_at"), Jdbc.instant(rs, "decided_at"));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
