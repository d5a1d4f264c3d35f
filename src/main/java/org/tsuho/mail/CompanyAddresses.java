package org.tsuho.mail;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.tsuho.intake.Contact;
import org.tsuho.intake.Reports;
import org.tsuho.intake.StoredReport;
import org.tsuho.registry.Operators;
import org.tsuho.registry.RegistryEntry;
import org.tsuho.registry.ReportingContact;

/**
 * Who at a company gets which mail. About a report or its case (receipt, requests for information) the person named
 * as the report's contact hears first, as they are handling the incident; notices are formal documents addressed to
 * the company, so they go to the registry's reporting contacts. Either falls back to the other when it has no
 * address. Company mail is in Japanese: neither source records a language.
 */
@Component
class CompanyAddresses {

    private final Reports reports;
    private final Operators operators;

    CompanyAddresses(Reports reports, Operators operators) {
        this.reports = reports;
        this.operators = operators;
    }

    Set<String> forReport(StoredReport report) {
        Set<String> addresses = emailOf(report.contact());
        return addresses.isEmpty() ? registryContacts(report.companyId()) : addresses;
    }

    /** The contact of the case's latest report that names one, else the registry's contacts. */
    Set<String> forCase(UUID caseId, String companyId) {
        List<StoredReport> filed = reports.ofCase(caseId);
        for (int i = filed.size() - 1; i >= 0; i--) {
            Set<String> addresses = emailOf(filed.get(i).contact());
            if (!addresses.isEmpty()) {
                return addresses;
            }
        }
        return registryContacts(companyId);
    }

    /** The registry's reporting contacts, else the case's report contact. */
    Set<String> forNotice(String companyId, UUID caseId) {
        Set<String> addresses = registryContacts(companyId);
        return addresses.isEmpty() ? forCase(caseId, companyId) : addresses;
    }

    private Set<String> registryContacts(String companyId) {
        Set<String> addresses = new LinkedHashSet<>();
        operators.entry(companyId).map(RegistryEntry::contacts).orElse(List.of()).stream()
                .map(ReportingContact::email)
                .filter(CompanyAddresses::usable)
                .map(String::strip)
                .forEach(addresses::add);
        return addresses;
    }

    private static Set<String> emailOf(Contact contact) {
        return contact != null && usable(contact.email()) ? Set.of(contact.email().strip()) : Set.of();
    }

    private static boolean usable(String email) {
        return email != null && email.contains("@");
    }
}
