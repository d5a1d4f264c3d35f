package org.tsuho.escalation;

/**
 * The body that completes an {@code approve-escalation} task (api.md). Text fields so every invalid one is reported.
 *
 * @param approved true refers the case (at once, in an emergency), false sends it back to triage
 * @param tlp      optional TLP 2.0 label for the packages: AMBER by default, never below the reports' own
 */
public record EscalationApproval(Boolean approved, String rationale, String tlp) {
}
