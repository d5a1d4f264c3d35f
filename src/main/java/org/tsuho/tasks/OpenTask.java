package org.tsuho.tasks;

import java.util.UUID;

/** What a completion handler knows about the task it completes. */
public record OpenTask(String id, String taskKey, UUID caseId, String processInstanceId, String assignee, String candidateGroup) {
}
