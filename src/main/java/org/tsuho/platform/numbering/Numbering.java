package org.tsuho.platform.numbering;

import java.time.Instant;
import java.time.ZoneId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gapless yearly numbers such as {@code R-2026-000124}. The counter row is locked until the caller's
 * transaction ends, so concurrent intakes queue on it and a rollback returns the number. The year is the
 * Japanese calendar year of the moment given.
 */
@Component
public class Numbering {

    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    private final JdbcClient jdbc;

    Numbering(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public String next(char prefix, Instant at) {
        int year = at.atZone(JAPAN).getYear();
        int value = jdbc.sql("""
                insert into number_sequences (kind, year, last_value) values (:kind, :year, 1)
                on conflict (kind, year) do update set last_value = number_sequences.last_value + 1
                returning last_value
                """)
                .param("kind", String.valueOf(prefix))
                .param("year", year)
                .query(Integer.class)
                .single();
        return "%c-%d-%06d".formatted(prefix, year, value);
    }
}
