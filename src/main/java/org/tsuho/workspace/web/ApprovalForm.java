package org.tsuho.workspace.web;

import org.tsuho.escalation.EscalationApproval;

/** The supervisor's decision on an escalation proposal; the body of an {@code approve-escalation} completion. */
record ApprovalForm(String approved, String rationale, String tlp) {

    /** A fresh form, with the marking a package gets when the supervisor asks for none. */
    static ApprovalForm presetTo(String tlp) {
        return new ApprovalForm(null, null, tlp);
    }

    EscalationApproval toApproval() {
        return new EscalationApproval(Choice.of(approved), rationale, tlp);
    }
}
