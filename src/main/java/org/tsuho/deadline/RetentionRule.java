package org.tsuho.deadline;

import java.time.Period;

/**
 * How long one class of records is kept after its case closed.
 *
 * @param period   an ISO-8601 period ({@code P3Y}, {@code P180D}), counted in Japan's calendar
 * @param basis    where the value comes from (records schedule, internal decision)
 * @param verified false while the value is a placeholder not confirmed in a primary text
 */
public record RetentionRule(Period period, String basis, boolean verified) {
}
