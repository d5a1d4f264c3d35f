package org.tsuho.casefile;

import java.util.UUID;

/**
 * One class of a case's records that its owning module clears once the class's retention period
 * ({@code tsuho.rulebook.retention.<class>}) has passed since the case closed: contact data in intake, attachments
 * where they are kept. {@link RetentionJob} calls it once per case, in a transaction that also records the clearing.
 */
public interface RetainedRecords {

    /** The rulebook's name of the class, e.g. {@code contact-data}. */
    String recordClass();

    /** Clears this class's records of the case (redacts or removes them); returns how many records it changed. */
    int clear(UUID caseId);
}
