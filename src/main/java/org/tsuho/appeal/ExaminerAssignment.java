package org.tsuho.appeal;

/**
 * {@code assign-examiner}: the hearing examiner, or for an appeal filed late with a reason, whether to dismiss it
 * because the reason is not a justifiable one.
 */
public record ExaminerAssignment(String examiner, Boolean dismissAsUntimely) {
}
