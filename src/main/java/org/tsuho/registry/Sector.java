package org.tsuho.registry;

/**
 * One of the critical-infrastructure sectors (the list is reference data, not code), with the ministry in
 * charge of it, which is the default competent ministry of its operators.
 */
public record Sector(String code, String nameJa, String nameEn, String ministryJa, String ministryEn) {

    public String name(java.util.Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameJa;
    }
}
