package org.tsuho.escalation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.tsuho.casefile.CaseSummary;
import org.tsuho.intake.Indicator;
import org.tsuho.intake.StoredReport;
import org.tsuho.intake.Tlp;

/** Builds the minimised package one agency receives (see {@link ReferralPackage}). */
@Component
class ReferralPackages {

    private final EscalationSettings settings;

    ReferralPackages(EscalationSettings settings) {
        this.settings = settings;
    }

    /** The default marking of a referral (domain-notes: AMBER or AMBER+STRICT), raised to the reports' own if higher. */
    static final Tlp DEFAULT_TLP = Tlp.AMBER;

    /** The most restrictive TLP of the case's reports: a package is never marked below it. */
    static Tlp reportsTlp(List<StoredReport> reports) {
        return reports.stream().map(StoredReport::tlp).max(Comparator.naturalOrder()).orElse(Tlp.CLEAR);
    }

    static Tlp effectiveTlp(Tlp requested, List<StoredReport> reports) {
        Tlp wanted = requested == null ? DEFAULT_TLP : requested;
        Tlp floor = reportsTlp(reports);
        return wanted.compareTo(floor) >= 0 ? wanted : floor;
    }

    ReferralPackage build(UUID referralId, Agency agency, Escalation escalation, CaseSummary kase, List<StoredReport> reports,
                          Tlp tlp, Instant sentAt) {
        Redaction redaction = Redaction.of(reports.stream().map(StoredReport::contact).toList());
        StoredReport latest = reports.get(reports.size() - 1);
        boolean namesOperator = agency == Agency.POLICE;
        Instant occurredAt = reports.stream().map(StoredReport::occurredAt).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(null);
        ReferralPackage.Incident incident = new ReferralPackage.Incident(
                namesOperator ? kase.companyId() : null, namesOperator ? kase.companyName() : null, kase.sector(),
                kase.category(), kase.severity(), kase.awareAt(), occurredAt);
        List<ReferralPackage.ReportExtract> extracts = reports.stream()
                .map(r -> new ReferralPackage.ReportExtract(r.receiptNumber(), r.stage() == null ? null : r.stage().name(),
                        r.submittedAt(), redaction.apply(r.title()), redaction.apply(r.summary()),
                        r.affectedSystems().stream().map(redaction::apply).toList()))
                .toList();
        return new ReferralPackage(referralId, kase.caseNumber(), agency, tlp.label(), settings.legalBasis(agency),
                latest.shareConsent(), escalation.emergency(), sentAt, escalation.criteria(), incident, extracts,
                indicators(reports), "report--" + UUID.randomUUID());
    }

    /** Each indicator once, with the time it was first reported, in the order the reports gave them. */
    private static List<ReferralPackage.IndicatorEntry> indicators(List<StoredReport> reports) {
        Map<Indicator, Instant> first = new LinkedHashMap<>();
        for (StoredReport report : reports) {
            for (Indicator indicator : report.indicators()) {
                first.putIfAbsent(indicator, report.submittedAt());
            }
        }
        List<ReferralPackage.IndicatorEntry> entries = new ArrayList<>();
        first.forEach((indicator, at) -> entries.add(new ReferralPackage.IndicatorEntry(indicator.type().label(),
                indicator.value(), at, "indicator--" + UUID.randomUUID())));
        return entries;
    }
}
