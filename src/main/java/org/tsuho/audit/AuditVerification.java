package org.tsuho.audit;

import java.time.Instant;

/**
 * The result of checking the whole chain.
 *
 * @param intact         true when every link holds
 * @param checked        how many entries were read and recomputed
 * @param firstBrokenSeq the first entry whose link does not hold; null when the chain is intact
 * @param problem        what is wrong with that entry; null when intact
 * @param headSeq        the last entry (0 for an empty trail)
 * @param headHash       its stored hash, the value to anchor elsewhere ({@link AuditChain#GENESIS} for an empty trail)
 * @param verifiedAt     when the check ran
 */
public record AuditVerification(boolean intact, long checked, Long firstBrokenSeq, Problem problem, long headSeq, String headHash,
                                Instant verifiedAt) {

    /** How a link is broken. */
    public enum Problem {
        /** The entry's content no longer produces its stored hash: the row was edited. */
        HASH_MISMATCH,
        /** The entry does not point at the hash of the entry before it: an entry before it was edited, removed or inserted. */
        PREVIOUS_MISMATCH,
        /** Positions are not consecutive: entries were removed or renumbered. */
        SEQUENCE_GAP
    }

    public boolean intact() {
        return firstBrokenSeq == null;
    }
}
