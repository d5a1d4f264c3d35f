package org.tsuho.enforcement;

import java.util.List;
import org.tsuho.platform.error.FieldProblem;

/** The rules notices and dispositions share: what the regime allows, and the fine's range. */
final class PenaltyChecks {

    /** The longest period a notice or order may give, in days: anything longer is a typing mistake. */
    static final int MAX_DAYS = 365;
    static final int MAX_FACTS = 20000;

    private PenaltyChecks() {
    }

    /** An administrative fine exists only under the {@code administrative-fine} regime. */
    static void allowed(String field, Disposition disposition, PenaltyRegime regime, List<FieldProblem> problems) {
        if (disposition == Disposition.ADMINISTRATIVE_FINE && regime != PenaltyRegime.ADMINISTRATIVE_FINE) {
            problems.add(FieldProblem.of(field, "error.fineNotInRegime", regime.label()));
        }
    }

    /** 1 ≤ fine ≤ cap × failures; with no failure listed there is nothing to fine. */
    static void fine(Long fineYen, long capYen, int failures, List<FieldProblem> problems) {
        if (fineYen == null) {
            problems.add(FieldProblem.of("fineYen", "error.required"));
        } else if (failures == 0) {
            problems.add(FieldProblem.of("fineYen", "error.fineWithoutFailures"));
        } else if (fineYen < 1 || fineYen > capYen * failures) {
            problems.add(FieldProblem.of("fineYen", "error.fineRange", capYen * failures, capYen, failures));
        }
    }

    /** A value the chosen disposition does not take is a mistake, not something to ignore silently. */
    static void absent(String field, Object value, List<FieldProblem> problems) {
        if (value != null) {
            problems.add(FieldProblem.of(field, "error.notApplicable"));
        }
    }

    static Integer days(String field, Integer days, int min, String code, List<FieldProblem> problems) {
        if (days == null) {
            problems.add(FieldProblem.of(field, "error.required"));
        } else if (days < min || days > MAX_DAYS) {
            problems.add(FieldProblem.of(field, code, min, MAX_DAYS));
        }
        return days;
    }
}
