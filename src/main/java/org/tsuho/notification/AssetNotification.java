package org.tsuho.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An asset notification and the outcome of its automatic checks.
 *
 * @param systems     the specified critical computers it names (its affectedSystems, or else its product)
 * @param duplicateOf the receipt number of an earlier notification of the same product, date and systems
 * @param excludedBy  the public-notice exclusion that covers the product, if any
 */
public record AssetNotification(
        UUID reportId,
        String receiptNumber,
        UUID caseId,
        String companyId,
        String product,
        LocalDate introducedOn,
        List<String> systems,
        String duplicateOf,
        Integer excludedBy,
        NotificationStatus status,
        Instant checkedAt,
        Instant decidedAt) {

    public AssetNotification {
        systems = List.copyOf(systems);
    }
}
