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

/**
 * The partners' feedback across referrals, for oversight: commission approvals and refusals, measures taken,
 * closures. Newest first, keyset-paginated on (recorded_at, id).
 */
@Service
public class FeedbackLog {

    /** One feedback entry with the referral and case it belongs to. */
    public record Line(FeedbackEntry entry, UUID referralId, UUID caseId, String caseNumber, Agency agency) {
    }

    private final JdbcClient jdbc;

    FeedbackLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param agency null for every agency
     * @param type   null for every type
     */
    @Transactional(readOnly = true)
    public List<Line> page(Agency agency, FeedbackType type, Instant beforeAt, UUID beforeId, int limit) {
        StringBuilder sql = new StringBuilder("""
                select f.*, r.case_id, r.agency, c.case_number
                  from referral_feedback f
                  join referrals r on r.id = f.referral_id
                  join cases c on c.id = r.case_id
                 where true
                """);
        Map<String, Object> params = new HashMap<>();
        if (agency != null) {
            sql.append(" and r.agency = :agency");
            params.put("agency", agency.name());
        }
        if (type != null) {
            sql.append(" and f.type = :type");
            params.put("type", type.name());
        }
        if (beforeAt != null) {
            sql.append(" and (f.recorded_at, f.id) < (:beforeAt, :beforeId)");
            params.put("beforeAt", Jdbc.ts(beforeAt));
            params.put("beforeId", beforeId);
        }
        sql.append(" order by f.recorded_at desc, f.id desc limit :limit");
        params.put("limit", limit);
        return jdbc.sql(sql.toString()).params(params)
                .query((rs, n) -> new Line(
                        new FeedbackEntry(rs.getObject("id", UUID.class), FeedbackType.valueOf(rs.getString("type")),
                                rs.getString("note"), rs.getString("recorded_by"), Jdbc.instant(rs, "recorded_at")),
                        rs.getObject("referral_id", UUID.class), rs.getObject("case_id", UUID.class), rs.getString("case_number"),
                        Agency.valueOf(rs.getString("agency"))))
                .list();
    }
}
