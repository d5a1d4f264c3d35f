package org.tsuho.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * One entry of the audit trail, as stored.
 *
 * @param seq      position in the chain: 1, 2, 3, … without gaps, in commit order
 * @param at       when the action happened (microseconds, as stored)
 * @param actor    username, {@code system}, or for a failed sign-in the name that was tried
 * @param roles    the actor's role groups, comma-separated and sorted ({@code case-worker,supervisor}); empty if unknown
 * @param caseId   the case the action concerns, if any
 * @param action   a stable code ({@code CASE_READ}, {@code TASK_COMPLETED}, {@code LOGIN_FAILED}, …)
 * @param detail   codes and ids only ({@code triage 8f1c…}, {@code POLICE STIX …}); never free text or personal data
 * @param prevHash the hash of entry {@code seq - 1} (64 zeros for the first entry)
 * @param hash     SHA-256 over {@code prevHash} and the canonical form of this entry ({@link AuditChain})
 */
public record AuditEntry(long seq, Instant at, String actor, String roles, UUID caseId, String action, String detail,
                         String prevHash, String hash) {
}
