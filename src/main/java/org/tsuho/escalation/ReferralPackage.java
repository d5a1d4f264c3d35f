package org.tsuho.escalation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What an agency receives: only what it needs to act (domain.md §5). Never the company's contact person, who filed
 * the reports, or the regulator staff involved; personal data in the reports' free text is redacted. Kept as sent,
 * so that the disclosure log can say exactly what was delivered.
 *
 * @param criteria    why the case was referred (triage criteria)
 * @param stixReportId the id of the STIX {@code report} object that carries this package's indicators
 */
public record ReferralPackage(
        UUID referralId,
        String caseNumber,
        Agency agency,
        String tlp,
        String legalBasis,
        boolean shareConsent,
        boolean emergency,
        Instant referredAt,
        List<String> criteria,
        Incident incident,
        List<ReportExtract> reports,
        List<IndicatorEntry> indicators,
        String stixReportId) {

    /**
     * The incident as assessed. The operator (a company, not a person) is named to the police, who investigate;
     * the Ministry of Defense acts against the attacker's infrastructure and learns only the sector.
     */
    public record Incident(String operatorCorporateNumber, String operatorName, String sector, String category,
                           Integer severity, Instant awareAt, Instant occurredAt) {
    }

    /** A report's content as filed, personal data redacted. */
    public record ReportExtract(String receiptNumber, String stage, Instant submittedAt, String title, String summary,
                                List<String> affectedSystems) {
    }

    /**
     * An indicator of compromise (STIX cyber-observable type and value), with when it was first reported and the id
     * of its STIX {@code indicator} object, stable across downloads.
     */
    public record IndicatorEntry(String type, String value, Instant firstReportedAt, String stixId) {
    }
}
