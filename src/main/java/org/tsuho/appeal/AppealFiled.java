package org.tsuho.appeal;

import java.util.UUID;

/**
 * An appeal was registered; its process starts in the same transaction.
 *
 * @param dismissed filed after the period without a reason: the process serves the dismissal at once
 */
public record AppealFiled(UUID appealId, String number, UUID caseId, String caseNumber, boolean dismissed) {
}
