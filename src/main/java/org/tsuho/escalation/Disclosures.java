package org.tsuho.escalation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tsuho.platform.database.Jdbc;

/** The disclosure log: append-only, one line per delivery of a package to a partner's liaison. */
@Repository
public class Disclosures {

    private final JdbcClient jdbc;

    Disclosures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void append(Disclosure d) {
        jdbc.sql("""
                insert into disclosures (id, referral_id, case_id, agency, recipient, format, package_digest, tlp, legal_basis,
                                         first_delivery, disclosed_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(d.id(), d.referralId(), d.caseId(), d.agency().name(), d.recipient(), d.format().name(), d.packageDigest(),
                        d.tlp(), d.legalBasis(), d.firstDelivery(), Jdbc.ts(d.disclosedAt()))
                .update();
    }

    boolean anyOf(UUID referralId) {
        return jdbc.sql("select exists (select 1 from disclosures where referral_id = ?)").param(referralId)
                .query(Boolean.class).single();
    }

    public List<Disclosure> ofCase(UUID caseId) {
        return jdbc.sql("select * from disclosures where case_id = ? order by disclosed_at, id").param(caseId)
                .query(Disclosures::disclosure).list();
    }

    static Disclosure disclosure(ResultSet rs, int row) throws SQLException {
        return new Disclosure(rs.getObject("id", UUID.class), rs.getObject("referral_id", UUID.class),
                rs.getObject("case_id", UUID.class), Agency.valueOf(rs.getString("agency")), rs.getString("recipient"),
                DisclosureFormat.valueOf(rs.getString("format")), rs.getString("package_digest"), rs.getString("tlp"),
                rs.getString("legal_basis"), rs.getBoolean("first_delivery"), Jdbc.instant(rs, "disclosed_at"));
    }
}
