package org.tsuho.escalation;

import org.tsuho.intake.IndicatorType;

/** STIX 2.1 patterns (STIX Patterning, §9 of the specification) for the indicator types Tsuho accepts. */
final class StixPatterns {

    private StixPatterns() {
    }

    static String of(IndicatorType type, String value) {
        String literal = "'" + escape(value) + "'";
        return switch (type) {
            case IPV4_ADDR -> "[ipv4-addr:value = " + literal + "]";
            case IPV6_ADDR -> "[ipv6-addr:value = " + literal + "]";
            case DOMAIN_NAME -> "[domain-name:value = " + literal + "]";
            case URL -> "[url:value = " + literal + "]";
            case EMAIL_ADDR -> "[email-addr:value = " + literal + "]";
            case FILE_SHA256 -> "[file:hashes.'SHA-256' = " + literal + "]";
            case FILE_MD5 -> "[file:hashes.MD5 = " + literal + "]";
        };
    }

    /** Inside a pattern's string literal, a backslash and a single quote are escaped with a backslash. */
    static String escape(String value) {
        return value.replace("\\", "\\\\").replace("'", "\\'");
    }
}
