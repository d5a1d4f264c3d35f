package org.tsuho.intake;

import java.util.UUID;
import org.tsuho.deadline.Stage;

/**
 * A report was filed and committed in the same transaction as this event's listeners' work. It carries the report as
 * stored, so that the listeners (process starts, mail, failure detection, notification checks) need not each read it
 * again.
 *
 * @param newCase true when the report opened its case (a flash report or a notification), false when it joined one
 */
public record ReportReceived(StoredReport report, String caseNumber, boolean newCase) {

    public UUID reportId() {
        return report.id();
    }

    public UUID caseId() {
        return report.caseId();
    }

    public String companyId() {
        return report.companyId();
    }

    public ReportKind kind() {
        return report.kind();
    }

    public Stage stage() {
        return report.stage();
    }

    /**
     * Whether a detailed report is now owed: a designated operator's flash report opened an incident case. Voluntary
     * reporters owe nothing; a case opened by a later stage has no flash report to follow up.
     */
    public boolean detailedReportOwed() {
        return kind() == ReportKind.INCIDENT && stage() == Stage.FLASH && newCase && !report.voluntary();
    }
}
