package org.tsuho.casefile;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsuho.platform.error.Checks;
import org.tsuho.platform.error.FieldProblem;
import org.tsuho.platform.error.InvalidInputException;
import org.tsuho.platform.error.NotFoundException;

/**
 * The legal hold a supervisor places on a case by hand ({@code cases.legal_hold}), e.g. for litigation or an inquiry.
 * The reason goes on the case timeline; the audit entry records only that it happened (it never quotes free text).
 */
@Service
public class ManualLegalHolds implements LegalHolds {

    private final JdbcClient jdbc;
    private final CaseFiles cases;

    ManualLegalHolds(JdbcClient jdbc, CaseFiles cases) {
        this.jdbc = jdbc;
        this.cases = cases;
    }

    /** Places the hold; the reason is required (a hold nobody can explain later is not one). */
    @Transactional
    public void place(UUID caseId, String actor, String reason) {
        reason = reason(reason);
        set(caseId, true);
        cases.record(caseId, actor, "LEGAL_HOLD_PLACED", reason);
    }

    @Transactional
    public void release(UUID caseId, String actor, String reason) {
        reason = reason(reason);
        set(caseId, false);
        cases.record(caseId, actor, "LEGAL_HOLD_RELEASED", reason);
    }

    @Override
    public boolean holds(UUID caseId) {
        return jdbc.sql("select legal_hold from cases where id = ?").param(caseId).query(Boolean.class).optional().orElse(false);
    }

    private static String reason(String reason) {
        List<FieldProblem> problems = new ArrayList<>();
        String checked = Checks.text("reason", reason, Checks.MAX_TEXT, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return checked;
    }

    private void set(UUID caseId, boolean hold) {
        if (jdbc.sql("update cases set legal_hold = ? where id = ?").params(hold, caseId).update() == 0) {
            throw new NotFoundException("case");
        }
    }
}
