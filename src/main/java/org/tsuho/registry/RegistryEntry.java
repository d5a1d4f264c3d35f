package org.tsuho.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * An operator as the registry holds it.
 *
 * @param corporateNumber the 13-digit corporate number (法人番号), the operator's id everywhere in Tsuho
 * @param ministry        the competent ministry (所管省庁); by default the sector's
 * @param designatedOn    the date of designation, when known
 */
public record RegistryEntry(
        String corporateNumber,
        String nameJa,
        String nameEn,
        String sector,
        String ministry,
        LocalDate designatedOn,
        OperatorStatus status,
        List<ReportingContact> contacts,
        Instant updatedAt) {

    public RegistryEntry {
        contacts = List.copyOf(contacts);
    }

    public boolean designated() {
        return status == OperatorStatus.DESIGNATED;
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameJa;
    }

    /**
     * The entry's fields as the change record shows them. Contacts are counted, not copied: the record of changes
     * keeps no personal data.
     */
    Map<String, String> summary() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("nameJa", Objects.toString(nameJa, ""));
        fields.put("nameEn", Objects.toString(nameEn, ""));
        fields.put("sector", Objects.toString(sector, ""));
        fields.put("ministry", Objects.toString(ministry, ""));
        fields.put("designatedOn", Objects.toString(designatedOn, ""));
        fields.put("status", status.name());
        fields.put("contacts", contacts.size() + (contacts.isEmpty() ? "" : " #" + Integer.toHexString(contacts.hashCode())));
        return fields;
    }
}
