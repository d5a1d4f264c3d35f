package org.tsuho.escalation;

import java.time.Instant;
import java.util.UUID;

/**
 * One line of the disclosure log: who received which package, when, on what legal basis.
 *
 * @param recipient      the liaison's username
 * @param packageDigest  SHA-256 of the package delivered (see {@link Referral#packageDigest()})
 * @param firstDelivery  true for the first delivery of the referral to its agency; later lines are further reads
 */
public record Disclosure(UUID id, UUID referralId, UUID caseId, Agency agency, String recipient, DisclosureFormat format,
                         String packageDigest, String tlp, String legalBasis, boolean firstDelivery, Instant disclosedAt) {
}
