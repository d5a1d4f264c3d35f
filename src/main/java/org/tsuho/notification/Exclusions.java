package org.tsuho.notification;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The products excluded from notification by public notice (table {@code notification_exclusions}). */
@Repository
public class Exclusions {

    private final JdbcClient jdbc;

    Exclusions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Exclusion> all() {
        return jdbc.sql("select * from notification_exclusions order by id")
                .query((rs, n) -> new Exclusion(rs.getInt("id"), rs.getString("product_pattern"), rs.getString("notice"),
                        rs.getObject("effective_from", LocalDate.class), rs.getObject("effective_until", LocalDate.class),
                        rs.getBoolean("verified"), rs.getString("note")))
                .list();
    }

    public Optional<Exclusion> find(int id) {
        return all().stream().filter(e -> e.id() == id).findFirst();
    }

    /** The first exclusion that covers this product introduced on that day, if any. */
    Optional<Exclusion> covering(String product, LocalDate introducedOn) {
        return all().stream().filter(e -> e.covers(product, introducedOn)).findFirst();
    }
}
