package org.tsuho.enforcement;

/**
 * The body that completes a {@code prepare-notice} task (api.md). Text fields so every invalid one is reported.
 *
 * @param disposition  ORDER or ADMINISTRATIVE_FINE (the latter only under the administrative-fine regime)
 * @param responseDays the company's time to explain itself, at least the rulebook's minimum
 * @param fineYen      ADMINISTRATIVE_FINE only: 1 to the cap times the number of failures
 */
public record NoticePreparation(String disposition, String facts, String legalBasis, Integer responseDays, Long fineYen) {
}
