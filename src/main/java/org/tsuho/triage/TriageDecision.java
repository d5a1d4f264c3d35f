package org.tsuho.triage;

import java.util.List;

/**
 * The body that completes a {@code triage} task (api.md). Text fields so every invalid one can be reported at once.
 *
 * @param decision CLOSE, REQUEST_INFORMATION, ESCALATE or OPEN_PROCEEDING
 */
public record TriageDecision(Integer severity, String category, String decision, String rationale, String question,
                             Escalation escalation) {

    /** The escalation proposal that goes with ESCALATE. */
    public record Escalation(List<String> targets, List<String> criteria, Boolean emergency) {
    }

    public enum Decision {
        CLOSE, REQUEST_INFORMATION, ESCALATE, OPEN_PROCEEDING
    }

    public enum Target {
        POLICE, MOD
    }

    public enum Criterion {
        LIFE_SAFETY_RISK, ONGOING_ATTACK_INFRASTRUCTURE, ORGANISED_FOREIGN_ACTOR, NATIONAL_IMPACT
    }
}
