package org.tsuho.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.tsuho.casefile.CaseStatus;

/**
 * A checked search (from {@link SearchParameters#toFilter}); null fields and no terms match every case.
 *
 * @param receivedFrom cases received at or after this instant
 * @param receivedTo   cases received before this instant
 * @param terms        words that must each occur in the case's reports, company name or numbers
 */
public record CaseFilter(String caseNumber, String receiptNumber, String companyId, String companyName, String sector,
                         CaseStatus status, Integer severity, String tlp, Instant receivedFrom, Instant receivedTo,
                         List<String> terms) {

    public CaseFilter {
        terms = List.copyOf(terms);
    }

    public static CaseFilter any() {
        return new CaseFilter(null, null, null, null, null, null, null, null, null, null, List.of());
    }

    /** The filter in one line, for the audit trail: {@code status=RECEIVED receivedFrom=2026-11-01T15:00:00Z q=暗号化}. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        part(parts, "number", caseNumber != null ? caseNumber : receiptNumber);
        part(parts, "company", companyId != null ? companyId : companyName);
        part(parts, "sector", sector);
        part(parts, "status", status);
        part(parts, "severity", severity);
        part(parts, "tlp", tlp);
        part(parts, "receivedFrom", receivedFrom);
        part(parts, "receivedTo", receivedTo);
        part(parts, "q", terms.isEmpty() ? null : String.join(" ", terms));
        return parts.isEmpty() ? "all" : String.join(" ", parts);
    }

    private static void part(List<String> parts, String name, Object value) {
        if (value != null) {
            parts.add(name + "=" + value);
        }
    }
}
