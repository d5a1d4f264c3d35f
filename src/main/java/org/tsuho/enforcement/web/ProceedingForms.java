package org.tsuho.enforcement.web;

import org.tsuho.enforcement.DispositionDecision;
import org.tsuho.enforcement.NoticeApproval;
import org.tsuho.enforcement.NoticePreparation;
import org.tsuho.enforcement.ReferralDecision;

/**
 * The task forms of the proceeding page, as typed: each turns into the body its task's API completion takes. A number
 * that is not one counts as missing, which the rules then name.
 */
final class ProceedingForms {

    private ProceedingForms() {
    }

    record Prepare(String disposition, String facts, String legalBasis, String responseDays, String fineYen) {
        NoticePreparation body() {
            return new NoticePreparation(disposition, facts, legalBasis, integer(responseDays), amount(fineYen));
        }
    }

    record Approve(String approved, String rationale) {
        NoticeApproval body() {
            return new NoticeApproval(bool(approved), rationale);
        }
    }

    record Decide(String decision, String reasons, String complianceDays, String fineYen) {
        DispositionDecision body() {
            return new DispositionDecision(decision, reasons, integer(complianceDays), amount(fineYen));
        }
    }

    record Refer(String refer, String rationale) {
        ReferralDecision body() {
            return new ReferralDecision(bool(refer), rationale);
        }
    }

    static Integer integer(String text) {
        try {
            return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static Long amount(String text) {
        try {
            return text == null || text.isBlank() ? null : Long.valueOf(text.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static Boolean bool(String text) {
        return "true".equals(text) ? Boolean.TRUE : "false".equals(text) ? Boolean.FALSE : null;
    }
}
