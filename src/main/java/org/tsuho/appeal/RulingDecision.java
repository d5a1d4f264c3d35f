package org.tsuho.appeal;

/** {@code rule-appeal}: the ruling, its reasons, and for GRANTED_VARIED the new (lower) fine. */
public record RulingDecision(String ruling, String reasons, Long variedFineYen) {
}
