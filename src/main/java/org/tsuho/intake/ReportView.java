package org.tsuho.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.tsuho.casefile.CaseStatus;
import org.tsuho.deadline.Stage;
import org.tsuho.deadline.StageDeadline;

/** A report as its company (and staff) read it: api.md's fields plus everything that was filed. */
public record ReportView(
        UUID id,
        String receiptNumber,
        UUID caseId,
        String caseNumber,
        ReportKind kind,
        Stage stage,
        String relatesTo,
        String status,
        Category category,
        String title,
        String summary,
        Instant submittedAt,
        String submittedBy,
        Instant awareAt,
        Instant occurredAt,
        LocalDate introducedOn,
        List<String> affectedSystems,
        List<IndicatorView> indicators,
        String tlp,
        boolean shareConsent,
        Contact contact,
        List<StageDeadline> deadlines,
        boolean late,
        String possibleDuplicateOf,
        CaseStatus caseStatus,
        List<RequestView> requests,
        boolean voluntary) {

    /** Reports have one status for now: they are received; where the case stands is {@code caseStatus}. */
    static final String RECEIVED = "RECEIVED";

    public record IndicatorView(String type, String value) {
        static IndicatorView of(Indicator indicator) {
            return new IndicatorView(indicator.type().label(), indicator.value());
        }
    }
}
