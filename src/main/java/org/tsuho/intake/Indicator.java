package org.tsuho.intake;

/** An indicator of compromise as reported: a STIX observable type and its value. */
public record Indicator(IndicatorType type, String value) {
}
