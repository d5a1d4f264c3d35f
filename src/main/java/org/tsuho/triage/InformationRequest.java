package org.tsuho.triage;

import java.time.Instant;
import java.util.UUID;

/** A request for information (照会) and, once given, the company's answer. */
public record InformationRequest(UUID id, UUID caseId, String question, String askedBy, Instant askedAt, Instant dueAt,
                                 Instant remindedAt, String answer, String answeredBy, Instant answeredAt) {

    public boolean answered() {
        return answeredAt != null;
    }
}
