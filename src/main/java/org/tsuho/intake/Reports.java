package org.tsuho.intake;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tsuho.deadline.Stage;
import org.tsuho.platform.database.Jdbc;

/** The reports table and its indicators. */
@Repository
public class Reports {

    private static final String SELECT = """
            select r.*, p.receipt_number as relates_to_number
              from reports r left join reports p on p.id = r.relates_to
            """;

    private final JdbcClient jdbc;

    Reports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores the report and its indicators, and gives it back as stored (the row the database returned, so its times
     * carry the database's precision), without reading it again.
     *
     * @param previous the earlier report of the case this one follows, or null
     */
    StoredReport insert(UUID id, String receiptNumber, UUID caseId, String companyId, StoredReport previous, NewReport report,
                        Instant submittedAt, String submittedBy, boolean late, boolean voluntary) {
        List<Indicator> indicators = report.indicators();
        StoredReport stored = jdbc.sql("""
                insert into reports (id, receipt_number, case_id, company_id, kind, stage, relates_to, category, title,
                    summary, aware_at, occurred_at, introduced_on, affected_systems, tlp, share_consent, contact_name,
                    contact_email, contact_phone, submitted_at, submitted_by, late, voluntary)
                values (:id, :receipt, :caseId, :company, :kind, :stage, :relatesTo, :category, :title,
                    :summary, :awareAt, :occurredAt, :introducedOn, :systems, :tlp, :consent, :contactName,
                    :contactEmail, :contactPhone, :submittedAt, :submittedBy, :late, :voluntary)
                returning *
                """)
                .param("id", id).param("receipt", receiptNumber).param("caseId", caseId).param("company", companyId)
                .param("kind", report.kind().name())
                .param("stage", report.stage() == null ? null : report.stage().name())
                .param("relatesTo", previous == null ? null : previous.id())
                .param("category", report.category() == null ? null : report.category().name())
                .param("title", report.title()).param("summary", report.summary())
                .param("awareAt", Jdbc.ts(report.awareAt())).param("occurredAt", Jdbc.ts(report.occurredAt()))
                .param("introducedOn", report.introducedOn())
                .param("systems", report.affectedSystems().toArray(String[]::new))
                .param("tlp", report.tlp().label()).param("consent", report.shareConsent())
                .param("contactName", report.contact().name()).param("contactEmail", report.contact().email())
                .param("contactPhone", report.contact().phone())
                .param("submittedAt", Jdbc.ts(submittedAt)).param("submittedBy", submittedBy).param("late", late)
                .param("voluntary", voluntary)
                .query((rs, row) -> report(rs, previous == null ? null : previous.receiptNumber(), indicators))
                .single();
        if (!indicators.isEmpty()) {
            // One statement for all of them, in their order.
            jdbc.sql("""
                    insert into report_indicators (report_id, position, type, value)
                    select ?, i.position - 1, i.type, i.value
                      from unnest(?::text[], ?::text[]) with ordinality as i(type, value, position)
                    """)
                    .params(id, indicators.stream().map(i -> i.type().label()).toArray(String[]::new),
                            indicators.stream().map(Indicator::value).toArray(String[]::new))
                    .update();
        }
        return stored;
    }

    public Optional<StoredReport> find(UUID id) {
        return jdbc.sql(SELECT + " where r.id = ?").param(id).query(this::report).optional();
    }

    /** A report of this company by receipt number; another company's number finds nothing. */
    public Optional<StoredReport> findByReceiptNumber(String companyId, String receiptNumber) {
        return jdbc.sql(SELECT + " where r.company_id = ? and r.receipt_number = ?")
                .params(companyId, receiptNumber).query(this::report).optional();
    }

    /** Newest first, keyset-paginated on (submitted_at, id). */
    public List<StoredReport> ofCompany(String companyId, Instant beforeAt, UUID beforeId, int limit) {
        if (beforeAt == null) {
            return jdbc.sql(SELECT + " where r.company_id = ? order by r.submitted_at desc, r.id desc limit ?")
                    .params(companyId, limit).query(this::report).list();
        }
        return jdbc.sql(SELECT + " where r.company_id = ? and (r.submitted_at, r.id) < (?, ?) order by r.submitted_at desc, r.id desc limit ?")
                .params(companyId, Jdbc.ts(beforeAt), beforeId, limit).query(this::report).list();
    }

    public List<StoredReport> ofCase(UUID caseId) {
        return jdbc.sql(SELECT + " where r.case_id = ? order by r.submitted_at, r.id").param(caseId).query(this::report).list();
    }

    /** When the first report of each stage reached the case. */
    public Map<Stage, Instant> firstSubmittedByStage(UUID caseId) {
        Map<Stage, Instant> first = new EnumMap<>(Stage.class);
        jdbc.sql("select stage, min(submitted_at) as first from reports where case_id = ? and stage is not null group by stage")
                .param(caseId)
                .query(rs -> {
                    first.put(Stage.valueOf(rs.getString("stage")), Jdbc.instant(rs, "first"));
                });
        return first;
    }

    /** The case of an earlier flash report with the same title and awareness time, if any. */
    Optional<UUID> flashDuplicateCase(String companyId, String title, Instant awareAt) {
        return jdbc.sql("""
                select case_id from reports where company_id = ? and stage = 'FLASH' and aware_at = ? and title = ?
                order by submitted_at limit 1
                """)
                .params(companyId, Jdbc.ts(awareAt), title)
                .query(UUID.class).optional();
    }

    private StoredReport report(ResultSet rs, int row) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        return report(rs, rs.getString("relates_to_number"), indicators(id));
    }

    private static StoredReport report(ResultSet rs, String relatesToNumber, List<Indicator> indicators) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        String stage = rs.getString("stage");
        String category = rs.getString("category");
        java.sql.Date introduced = rs.getDate("introduced_on");
        return new StoredReport(
                id,
                rs.getString("receipt_number"),
                rs.getObject("case_id", UUID.class),
                rs.getString("company_id"),
                ReportKind.valueOf(rs.getString("kind")),
                stage == null ? null : Stage.valueOf(stage),
                relatesToNumber,
                category == null ? null : Category.valueOf(category),
                rs.getString("title"),
                rs.getString("summary"),
                Jdbc.instant(rs, "aware_at"),
                Jdbc.instant(rs, "occurred_at"),
                introduced == null ? null : introduced.toLocalDate(),
                strings(rs.getArray("affected_systems")),
                indicators,
                Tlp.ofLabel(rs.getString("tlp")).orElseThrow(),
                rs.getBoolean("share_consent"),
                new Contact(rs.getString("contact_name"), rs.getString("contact_email"), rs.getString("contact_phone")),
                Jdbc.instant(rs, "submitted_at"),
                rs.getString("submitted_by"),
                rs.getBoolean("late"),
                rs.getBoolean("voluntary"));
    }

    private List<Indicator> indicators(UUID reportId) {
        return jdbc.sql("select type, value from report_indicators where report_id = ? order by position")
                .param(reportId)
                .query((rs, n) -> new Indicator(IndicatorType.ofLabel(rs.getString("type")).orElseThrow(), rs.getString("value")))
                .list();
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
