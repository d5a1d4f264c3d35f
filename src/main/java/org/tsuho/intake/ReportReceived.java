package org.tsuho.intake;

import java.util.UUID;
import org.tsuho.deadline.Stage;

/**
 * A report was filed and committed in the same transaction as this event's listeners' work.
 *
 * @param newCase true when the report opened its case (a flash report or a notification), false when it joined one
 */
public record ReportReceived(UUID reportId, UUID caseId, String caseNumber, String companyId, ReportKind kind, Stage stage,
                             boolean newCase) {
}
