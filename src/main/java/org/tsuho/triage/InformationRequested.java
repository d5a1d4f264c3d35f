package org.tsuho.triage;

import java.time.Instant;
import java.util.UUID;

/** A request for information (照会) went out to the case's company, in the transaction that recorded it. */
public record InformationRequested(UUID requestId, UUID caseId, String question, Instant dueAt) {
}
