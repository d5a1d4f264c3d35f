package org.tsuho.tasks;

import java.time.Instant;
import java.util.UUID;

/** One row of a queue (api.md "Tasks"). */
public record TaskItem(
        String id,
        String taskKey,
        String name,
        UUID caseId,
        String caseNumber,
        String receiptNumber,
        String companyName,
        String sector,
        Integer severity,
        Instant createdAt,
        Instant dueAt,
        boolean overdue,
        String assignee) {
}
