package org.tsuho.casefile;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsuho.platform.error.NotFoundException;

/** The legal hold staff place on a case by hand ({@code cases.legal_hold}), e.g. for litigation or an inquiry. */
@Service
public class ManualLegalHolds implements LegalHolds {

    private final JdbcClient jdbc;
    private final CaseFiles cases;

    ManualLegalHolds(JdbcClient jdbc, CaseFiles cases) {
        this.jdbc = jdbc;
        this.cases = cases;
    }

    @Transactional
    public void place(UUID caseId, String actor) {
        set(caseId, true);
        cases.record(caseId, actor, "LEGAL_HOLD_PLACED", null);
    }

    @Transactional
    public void release(UUID caseId, String actor) {
        set(caseId, false);
        cases.record(caseId, actor, "LEGAL_HOLD_RELEASED", null);
    }

    @Override
    public boolean holds(UUID caseId) {
        return jdbc.sql("select legal_hold from cases where id = ?").param(caseId).query(Boolean.class).optional().orElse(false);
    }

    private void set(UUID caseId, boolean hold) {
        if (jdbc.sql("update cases set legal_hold = ? where id = ?").params(hold, caseId).update() == 0) {
            throw new NotFoundException("case");
        }
    }
}
