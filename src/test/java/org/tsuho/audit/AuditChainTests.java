package org.tsuho.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AuditChainTests {

    private static final Instant AT = Instant.parse("2026-11-25T00:00:00.123456Z");
    private static final UUID CASE = UUID.fromString("0b9f3a52-5c1e-4c1a-9d0e-3f1f4d2c7a10");

    @Test
    void theCanonicalFormHasAFixedFieldOrderAndSixFractionalDigits() {
        assertThat(AuditChain.canonical(7, Instant.parse("2026-11-25T00:00:00Z"), "worker-1", "case-worker", CASE, "CASE_READ", "x"))
                .isEqualTo("tsuho-audit-v1|7|2026-11-25T00:00:00.000000Z|worker-1|case-worker|" + CASE + "|CASE_READ|x");
    }

    @Test
    void separatorsAndBackslashesAreEscapedSoFieldsCannotBeShiftedIntoEachOther() {
        String shifted = AuditChain.canonical(1, AT, "a|b", "", null, "X", "c");
        String plain = AuditChain.canonical(1, AT, "a", "b", null, "X", "c");
        assertThat(shifted).contains("a\\|b");
        assertThat(shifted).isNotEqualTo(plain);
        assertThat(AuditChain.canonical(1, AT, "a\\", "", null, "X", null)).contains("|a\\\\|");
        assertThat(AuditChain.canonical(1, AT, "a\nb", "", null, "X", null)).contains("|a\\nb|").doesNotContain("\n");
    }

    @Test
    void aNullFieldDiffersFromAnEmptyOne() {
        assertThat(AuditChain.canonical(1, AT, "a", "", null, "X", null)).endsWith("|X|\\N");
        assertThat(AuditChain.canonical(1, AT, "a", "", null, "X", "")).endsWith("|X|");
        assertThat(AuditChain.canonical(1, AT, "a", "", null, "X", "\\N")).endsWith("|X|\\\\N");
    }

    @Test
    void theHashIsSha256OverThePreviousHashAndTheCanonicalForm() {
        // computed independently of this class: SHA-256 of "000…000|abc" (64 zeros)
        assertThat(AuditChain.hash(AuditChain.GENESIS, "abc"))
                .isEqualTo("d1b114ea90a0c3f535d104b1b59b214cf075eab0d864db0fc6b59184820f68bc");
        assertThat(AuditChain.hash("1".repeat(64), "abc")).isNotEqualTo(AuditChain.hash(AuditChain.GENESIS, "abc"));
    }

    @Test
    void textIsCleanedToWhatTheDatabaseStores() {
        assertThat(AuditTrail.clean("a\0b\u0007c", 100)).isEqualTo("a?b?c");
        assertThat(AuditTrail.clean("x".repeat(120), 100)).hasSize(100);
        assertThat(AuditTrail.clean("x".repeat(99) + "😀", 100)).isEqualTo("x".repeat(99));
        assertThat(AuditTrail.clean("a\uD800b", 100)).isEqualTo("a?b");
    }
}
