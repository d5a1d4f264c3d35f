package org.tsuho.identity;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tsuho.platform.database.Jdbc;

/**
 * Where regulator staff receive mail, and in which language (table {@code staff_addresses}). Embedded accounts get
 * an address with the account; under Keycloak it is the token's {@code email} claim, kept at each screen sign-in.
 */
@Repository
public class StaffAddresses {

    /** A person's mail address and language. */
    public record StaffAddress(String username, String email, Locale locale) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    StaffAddresses(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Optional<StaffAddress> of(String username) {
        return jdbc.sql("select username, email, locale from staff_addresses where username = ?")
                .param(username)
                .query((rs, n) -> new StaffAddress(rs.getString("username"), rs.getString("email"),
                        Locale.forLanguageTag(rs.getString("locale"))))
                .optional();
    }

    /** Records or refreshes an address; a blank one removes it (the person no longer gets mail). */
    public void save(String username, String email, Locale locale) {
        if (email == null || email.isBlank()) {
            jdbc.sql("delete from staff_addresses where username = ?").param(username).update();
            return;
        }
        jdbc.sql("""
                insert into staff_addresses (username, email, locale, updated_at) values (?, ?, ?, ?)
                on conflict (username) do update set email = excluded.email, locale = excluded.locale,
                    updated_at = excluded.updated_at
                """)
                .params(username, email.strip(), locale.toLanguageTag(), Jdbc.ts(clock.instant()))
                .update();
    }
}
