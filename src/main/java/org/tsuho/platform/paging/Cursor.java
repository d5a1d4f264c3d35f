package org.tsuho.platform.paging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.tsuho.platform.database.Jdbc;
import org.tsuho.platform.error.InvalidInputException;

/**
 * A keyset position (a time and an id) handed to clients as an opaque string. A page asks for rows after
 * (or before) it in the list's order, so deep pages cost what the first does. Clients can send anything as a
 * cursor, so one that is not a position we could have handed out is invalid input.
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
            Instant at = Instant.ofEpochMilli(Long.parseLong(parts[0]));
            if (Jdbc.storable(at) && parts[1].indexOf('\0') < 0) {
                return new Cursor(at, parts[1]);
            }
        } catch (RuntimeException e) {
            // not one of ours: refused below
        }
        throw new InvalidInputException("cursor", "error.cursor");
    }
}
