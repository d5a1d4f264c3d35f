package org.tsuho.platform.database;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

/** Conversions the JDBC driver does not do by itself ({@code timestamptz} to and from {@link Instant}). */
public final class Jdbc {

    /**
     * The years 1 to 9999, which every timestamp and date we store must fall in: Java reads values far beyond what
     * PostgreSQL can hold, and a query with one fails in the database instead of being refused as bad input.
     */
    public static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999Z");

    private Jdbc() {
    }

    public static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    public static boolean storable(Instant instant) {
        return !instant.isBefore(EARLIEST) && !instant.isAfter(LATEST);
    }

    public static boolean storable(LocalDate date) {
        return date.getYear() >= 1 && date.getYear() <= 9999;
    }

    /** Escapes a user's text for use inside a LIKE pattern. */
    public static String likePattern(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
