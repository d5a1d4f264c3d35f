package org.tsuho.notification;

import java.time.LocalDate;

/**
 * A product that needs no notification by public notice (告示).
 *
 * @param productPattern matched within the notified product's name, ignoring case and full/half width
 * @param verified       false while the entry was not checked against the notice itself
 */
public record Exclusion(int id, String productPattern, String notice, LocalDate effectiveFrom, LocalDate effectiveUntil,
                        boolean verified, String note) {

    boolean covers(String product, LocalDate introducedOn) {
        boolean inForce = (effectiveFrom == null || !introducedOn.isBefore(effectiveFrom))
                && (effectiveUntil == null || !introducedOn.isAfter(effectiveUntil));
        return inForce && SystemNames.key(product).contains(SystemNames.key(productPattern));
    }
}
