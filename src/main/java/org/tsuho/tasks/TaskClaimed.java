package org.tsuho.tasks;

import java.util.UUID;

/** Someone took a task from a queue. */
public record TaskClaimed(String taskId, String taskKey, UUID caseId, String username) {
}
