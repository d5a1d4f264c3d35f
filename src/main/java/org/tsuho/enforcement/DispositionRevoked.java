package org.tsuho.enforcement;

import java.util.UUID;

/**
 * An appeal's ruling revoked the disposition of a proceeding; its process (compliance watch, referral decision),
 * if still running, ends in the same transaction.
 */
public record DispositionRevoked(UUID proceedingId, String processInstanceId, String appealNumber) {
}
