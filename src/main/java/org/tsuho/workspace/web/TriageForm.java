package org.tsuho.workspace.web;

import java.util.List;
import org.tsuho.triage.TriageDecision;

/** The triage form on the case page; the same body the API's triage completion takes. */
record TriageForm(String severity, String category, String decision, String rationale, String question, List<String> targets,
                  List<String> criteria, Boolean emergency) {

    TriageForm {
        targets = targets == null ? List.of() : List.copyOf(targets);
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
    }

    /** A fresh form, starting from the category the company gave. */
    static TriageForm startingFrom(String category) {
        return new TriageForm(null, category, null, null, null, List.of(), List.of(), false);
    }

    /** A severity that is not a number is treated as missing, which the triage rules name. */
    TriageDecision toDecision() {
        Integer level;
        try {
            level = severity == null ? null : Integer.valueOf(severity.strip());
        } catch (NumberFormatException e) {
            level = null;
        }
        return new TriageDecision(level, category, decision, rationale, question,
                new TriageDecision.Escalation(targets, criteria, Boolean.TRUE.equals(emergency)));
    }
}
