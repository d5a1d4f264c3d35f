package org.tsuho.enforcement;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tsuho.casefile.LegalHolds;

/** A case with a penalty proceeding still open keeps its records past retention: they may be evidence. */
@Component
class OpenProceedingHolds implements LegalHolds {

    private final JdbcClient jdbc;

    OpenProceedingHolds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean holds(UUID caseId) {
        return jdbc.sql("select exists (select 1 from proceedings where case_id = ? and closed_at is null)")
                .param(caseId).query(Boolean.class).single();
    }
}
