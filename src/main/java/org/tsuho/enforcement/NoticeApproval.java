package org.tsuho.enforcement;

/** The body that completes an {@code approve-notice} task: false sends the draft back to the case workers. */
public record NoticeApproval(Boolean approved, String rationale) {
}
