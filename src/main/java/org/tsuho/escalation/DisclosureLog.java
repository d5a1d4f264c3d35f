package org.tsuho.escalation;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsuho.platform.database.Jdbc;

/** The disclosure log across cases and agencies, for oversight: newest first, keyset-paginated on (disclosed_at, id). */
@Service
public class DisclosureLog {

    /** A disclosure with its case number, as the oversight list shows it. */
    public record Line(Disclosure disclosure, String caseNumber) {
    }

    private final JdbcClient jdbc;

    DisclosureLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @param agency null for every agency */
    @Transactional(readOnly = true)
    public List<Line> page(Agency agency, Instant beforeAt, UUID beforeId, int limit) {
        StringBuilder sql = new StringBuilder("select d.*, c.case_number from disclosures d join cases c on c.id = d.case_id where true");
        Map<String, Object> params = new HashMap<>();
        if (agency != null) {
            sql.append(" and d.agency = :agency");
            params.put("agency", agency.name());
        }
        if (beforeAt != null) {
            sql.append(" and (d.disclosed_at, d.id) < (:beforeAt, :beforeId)");
            params.put("beforeAt", Jdbc.ts(beforeAt));
            params.put("beforeId", beforeId);
        }
        sql.append(" order by d.disclosed_at desc, d.id desc limit :limit");
        params.put("limit", limit);
        return jdbc.sql(sql.toString()).params(params)
                .query((rs, n) -> new Line(Disclosures.disclosure(rs, n), rs.getString("case_number")))
                .list();
    }
}
