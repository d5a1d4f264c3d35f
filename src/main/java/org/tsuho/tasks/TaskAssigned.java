package org.tsuho.tasks;

import java.time.Instant;
import java.util.UUID;

/**
 * A task was handed to someone rather than taken by them: it was created already assigned (a hearing examiner's
 * examination). Claiming one's own task announces {@link TaskClaimed} instead.
 */
public record TaskAssigned(String taskId, String taskKey, String name, UUID caseId, String assignee, Instant dueAt) {
}
