package org.tsuho.appeal;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tsuho.casefile.LegalHolds;

/** A case with an appeal not yet ruled keeps its records past retention: the ruling and any suit may need them. */
@Component
class PendingAppealHolds implements LegalHolds {

    private final JdbcClient jdbc;

    PendingAppealHolds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean holds(UUID caseId) {
        return jdbc.sql("select exists (select 1 from appeals where case_id = ? and ruled_at is null)")
                .param(caseId).query(Boolean.class).single();
    }
}
