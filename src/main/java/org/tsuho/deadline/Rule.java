package org.tsuho.deadline;

import java.time.Duration;

/**
 * One clock of the rulebook.
 *
 * @param period   how long, as an ISO-8601 duration ({@code PT24H}, {@code P30D})
 * @param basis    where the value comes from (article, order, internal SLA)
 * @param verified false while the value is a placeholder not confirmed in a primary text
 */
public record Rule(Duration period, String basis, boolean verified) {
}
