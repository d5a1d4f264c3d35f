package org.tsuho.casefile;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;
import org.tsuho.platform.database.Jdbc;

/** A case as lists and other modules see it. {@code voluntary}: opened by a voluntary report (任意報告). */
public record CaseSummary(
        UUID id,
        String caseNumber,
        String companyId,
        String companyName,
        String sector,
        CaseStatus status,
        Integer severity,
        String category,
        String title,
        String tlp,
        Instant awareAt,
        UUID relatedCaseId,
        String relatedCaseNumber,
        boolean possibleDuplicate,
        Instant createdAt,
        Instant updatedAt,
        boolean voluntary) {

    /**
     * A case from a row with the columns {@link CaseFiles}' select names (the case's own columns, the company's
     * {@code company_name} and {@code sector}, {@code related_case_number}); the case search selects the same.
     */
    public static CaseSummary of(ResultSet rs) throws SQLException {
        return new CaseSummary(
                rs.getObject("id", UUID.class),
                rs.getString("case_number"),
                rs.getString("company_id"),
                rs.getString("company_name"),
                rs.getString("sector"),
                CaseStatus.valueOf(rs.getString("status")),
                (Integer) rs.getObject("severity"),
                rs.getString("category"),
                rs.getString("title"),
                rs.getString("tlp"),
                Jdbc.instant(rs, "aware_at"),
                rs.getObject("related_case_id", UUID.class),
                rs.getString("related_case_number"),
                rs.getBoolean("possible_duplicate"),
                Jdbc.instant(rs, "created_at"),
                Jdbc.instant(rs, "updated_at"),
                rs.getBoolean("voluntary"));
    }
}
