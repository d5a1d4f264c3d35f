package org.tsuho.enforcement;

/**
 * The body that completes a {@code decide-disposition} task (api.md).
 *
 * @param decision       NO_ACTION, or the disposition the notice announced (ORDER or ADMINISTRATIVE_FINE)
 * @param complianceDays ORDER only: days the company has to comply
 * @param fineYen        ADMINISTRATIVE_FINE only
 */
public record DispositionDecision(String decision, String reasons, Integer complianceDays, Long fineYen) {
}
