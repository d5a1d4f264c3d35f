package org.tsuho.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.tsuho.deadline.Stage;

/**
 * A report as filed. {@code relatesTo} is the receipt number of the earlier report it follows; {@code voluntary}
 * when its operator was not designated when it was filed (任意報告).
 */
public record StoredReport(
        UUID id,
        String receiptNumber,
        UUID caseId,
        String companyId,
        ReportKind kind,
        Stage stage,
        String relatesTo,
        Category category,
        String title,
        String summary,
        Instant awareAt,
        Instant occurredAt,
        LocalDate introducedOn,
        List<String> affectedSystems,
        List<Indicator> indicators,
        Tlp tlp,
        boolean shareConsent,
        Contact contact,
        Instant submittedAt,
        String submittedBy,
        boolean late,
        boolean voluntary) {
}
