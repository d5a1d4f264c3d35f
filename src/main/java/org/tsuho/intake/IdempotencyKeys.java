package org.tsuho.intake;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tsuho.platform.database.Jdbc;

/** Idempotency keys of company submissions, per company. */
@Repository
class IdempotencyKeys {

    record Claim(String requestHash, UUID reportId) {
    }

    private final JdbcClient jdbc;

    IdempotencyKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Claims the key for this transaction. If another transaction holds it, PostgreSQL makes us wait for it to end;
     * if the key was already used, returns what it was used for.
     */
    Optional<Claim> claim(String companyId, String key, String requestHash, Instant now) {
        int inserted = jdbc.sql("""
                insert into idempotency_keys (company_id, key, request_hash, created_at) values (?, ?, ?, ?)
                on conflict do nothing
                """)
                .params(companyId, key, requestHash, Jdbc.ts(now)).update();
        if (inserted == 1) {
            return Optional.empty();
        }
        return Optional.of(jdbc.sql("select request_hash, report_id from idempotency_keys where company_id = ? and key = ?")
                .params(companyId, key)
                .query((rs, n) -> new Claim(rs.getString("request_hash"), rs.getObject("report_id", UUID.class)))
                .single());
    }

    void complete(String companyId, String key, UUID reportId) {
        jdbc.sql("update idempotency_keys set report_id = ? where company_id = ? and key = ?")
                .params(reportId, companyId, key).update();
    }
}
