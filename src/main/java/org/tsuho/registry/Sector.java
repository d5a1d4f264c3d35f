package org.tsuho.registry;

/** One of the critical-infrastructure sectors (the list is reference data, not code). */
public record Sector(String code, String nameJa, String nameEn) {

    public String name(java.util.Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameJa;
    }
}
