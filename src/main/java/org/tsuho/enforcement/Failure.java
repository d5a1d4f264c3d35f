package org.tsuho.enforcement;

import java.time.Instant;
import java.util.Objects;
import org.tsuho.deadline.Stage;

/**
 * One failure to report, as a proceeding lists it.
 *
 * @param stage     the report stage concerned (null for a notification)
 * @param reference what it is about: the late report's receipt number, or the number of the case (or notification)
 *                  whose report is missing; a proceeding lists each failure once
 * @param dueAt     the deadline that was missed
 */
public record Failure(FailureType type, Stage stage, String reference, Instant dueAt) {

    public Failure {
        Objects.requireNonNull(type);
        Objects.requireNonNull(reference);
    }

    public static Failure lateReport(Stage stage, String receiptNumber, Instant dueAt) {
        return new Failure(FailureType.LATE_REPORT, stage, receiptNumber, dueAt);
    }

    public static Failure missingReport(Stage stage, String caseNumber, Instant dueAt) {
        return new Failure(FailureType.MISSING_REPORT, stage, caseNumber, dueAt);
    }

    /** @param reference what identifies the notification that was owed (the asset, or its case) */
    public static Failure missingNotification(String reference, Instant dueAt) {
        return new Failure(FailureType.MISSING_NOTIFICATION, null, reference, dueAt);
    }
}
