package org.tsuho.appeal.web;

import org.tsuho.appeal.Examination;
import org.tsuho.appeal.ExaminerAssignment;
import org.tsuho.appeal.RulingDecision;

/** The task forms of the appeal page, as typed: each turns into the body its task's API completion takes. */
final class AppealForms {

    private AppealForms() {
    }

    record Assign(String examiner, String dismissAsUntimely) {
        ExaminerAssignment body() {
            return new ExaminerAssignment(examiner, "true".equals(dismissAsUntimely));
        }
    }

    record Examine(String agencyStatement, String oralStatement, String opinion, String recommendedRuling) {
        Examination body() {
            return new Examination(agencyStatement, oralStatement, opinion, recommendedRuling);
        }
    }

    record Rule(String ruling, String reasons, String variedFineYen) {
        RulingDecision body() {
            return new RulingDecision(ruling, reasons, amount(variedFineYen));
        }
    }

    /** A number that is not one counts as missing, which the rules then name. */
    static Long amount(String text) {
        try {
            return text == null || text.isBlank() ? null : Long.valueOf(text.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
