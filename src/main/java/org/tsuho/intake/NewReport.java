package org.tsuho.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.tsuho.deadline.Stage;

/** A submission that passed validation. Stage, category and awareness are set for incidents only. */
public record NewReport(
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
        Contact contact) {
}
