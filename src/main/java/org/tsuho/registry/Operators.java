package org.tsuho.registry;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and registers operators and sectors. */
@Repository
public class Operators {

    private final JdbcClient jdbc;

    Operators(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Operator> find(String corporateNumber) {
        return jdbc.sql("select id, name_ja, name_en, sector, designated from companies where id = ?")
                .param(corporateNumber)
                .query((rs, n) -> new Operator(rs.getString("id"), rs.getString("name_ja"), rs.getString("name_en"),
                        rs.getString("sector"), rs.getBoolean("designated")))
                .optional();
    }

    public List<Sector> sectors() {
        return jdbc.sql("select code, name_ja, name_en from sectors order by position")
                .query((rs, n) -> new Sector(rs.getString("code"), rs.getString("name_ja"), rs.getString("name_en")))
                .list();
    }

    public void register(Operator operator) {
        jdbc.sql("""
                insert into companies (id, name_ja, name_en, sector, designated) values (?, ?, ?, ?, ?)
                on conflict (id) do update set name_ja = excluded.name_ja, name_en = excluded.name_en,
                    sector = excluded.sector, designated = excluded.designated
                """)
                .params(operator.id(), operator.nameJa(), operator.nameEn(), operator.sector(), operator.designated())
                .update();
    }
}
