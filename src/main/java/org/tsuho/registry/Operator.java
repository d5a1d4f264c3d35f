package org.tsuho.registry;

/** A company in the registry. {@code id} is its 13-digit corporate number. */
public record Operator(String id, String nameJa, String nameEn, String sector, boolean designated) {

    public String name(java.util.Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameJa;
    }
}
