package org.tsuho.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.UUID;

/**
 * The hash chain of the audit trail.
 * <p>
 * <b>Canonical form</b> of an entry (version 1): the fields below in this order, each escaped, joined by {@code |}:
 * <pre>
 *   tsuho-audit-v1 | seq | at | actor | roles | caseId | action | detail
 * </pre>
 * <ul>
 *   <li>{@code seq}: decimal, no sign or leading zeros;</li>
 *   <li>{@code at}: UTC, always six fractional digits, e.g. {@code 2026-11-25T00:00:00.123456Z} (what PostgreSQL keeps);</li>
 *   <li>{@code caseId}: the lowercase UUID;</li>
 *   <li>escaping, applied to every field: {@code \} becomes {@code \\}, {@code |} becomes {@code \|}, a line feed
 *       {@code \n}, a carriage return {@code \r}; a null field is written {@code \N}, which no escaped value can
 *       produce, so null and empty text differ.</li>
 * </ul>
 * The entry's hash is the lowercase hex SHA-256 of the UTF-8 bytes of {@code prevHash + "|" + canonical form}, where
 * {@code prevHash} is the previous entry's hash, or {@link #GENESIS} for the first entry. Anyone holding the rows can
 * recompute the chain with these rules alone.
 */
public final class AuditChain {

    /** The previous hash of the first entry. */
    public static final String GENESIS = "0".repeat(64);
    static final String VERSION = "tsuho-audit-v1";
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
            .withZone(ZoneOffset.UTC);

    private AuditChain() {
    }

    public static String canonical(long seq, Instant at, String actor, String roles, UUID caseId, String action, String detail) {
        return String.join("|", VERSION, Long.toString(seq), escape(AT.format(at)), escape(actor), escape(roles),
                escape(caseId == null ? null : caseId.toString()), escape(action), escape(detail));
    }

    public static String hash(String prevHash, String canonical) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest((prevHash + "|" + canonical).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** The hash this entry should have after {@code prevHash}, from its content alone (not its stored hash). */
    public static String hashOf(AuditEntry entry, String prevHash) {
        return hash(prevHash, canonical(entry.seq(), entry.at(), entry.actor(), entry.roles(), entry.caseId(), entry.action(),
                entry.detail()));
    }

    static String escape(String value) {
        if (value == null) {
            return "\\N";
        }
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '|' -> out.append("\\|");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
