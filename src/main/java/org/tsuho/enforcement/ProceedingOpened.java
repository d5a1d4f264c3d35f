package org.tsuho.enforcement;

import java.util.UUID;

/**
 * A new proceeding exists; its process starts in the same transaction.
 *
 * @param receiptNumber the first report of the case, which the inbox shows beside the proceeding's tasks
 */
public record ProceedingOpened(UUID proceedingId, String number, UUID caseId, String caseNumber, String receiptNumber) {
}
