package org.tsuho.triage;

import java.util.UUID;

/** The company answered a request for information; the case goes back to triage. */
public record InformationProvided(UUID requestId, UUID caseId) {
}
