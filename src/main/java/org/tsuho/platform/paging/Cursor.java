package org.tsuho.platform.paging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.tsuho.platform.error.InvalidInputException;

/**
 * A keyset position (a time and an id) handed to clients as an opaque string. A page asks for rows after
 * (or before) it in the list's order, so deep pages cost what the first does.
 */
public record Cursor(Instant at, String id) {

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((at.toEpochMilli() + "|" + id).getBytes(StandardCharsets.UTF_8));
    }

    /** @return null for no cursor (the first page) */
    public static Cursor decode(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8).split("\\|", 2);
            return new Cursor(Instant.ofEpochMilli(Long.parseLong(parts[0])), parts[1]);
        } catch (RuntimeException e) {
            throw new InvalidInputException("cursor", "error.cursor");
        }
    }
}
