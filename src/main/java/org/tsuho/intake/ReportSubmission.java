package org.tsuho.intake;

import java.util.List;

/**
 * A submission exactly as the company sent it (API body or screen form). Everything is text so that every
 * invalid field can be reported at once; {@link SubmissionValidator} turns it into a {@link NewReport}.
 */
public record ReportSubmission(
        String kind,
        String stage,
        String relatesTo,
        String category,
        String title,
        String summary,
        String awareAt,
        String occurredAt,
        String introducedOn,
        List<String> affectedSystems,
        List<IndicatorInput> indicators,
        String tlp,
        Boolean shareConsent,
        ContactInput contact) {

    public record IndicatorInput(String type, String value) {
    }

    public record ContactInput(String name, String email, String phone) {
    }
}
