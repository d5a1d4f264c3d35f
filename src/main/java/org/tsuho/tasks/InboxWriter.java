package org.tsuho.tasks;

import java.time.Instant;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Writes the inbox read model for the engine-side projection; not for other modules. */
@Component
public class InboxWriter {

    private final InboxTasks inbox;
    private final ApplicationEventPublisher events;

    InboxWriter(InboxTasks inbox, ApplicationEventPublisher events) {
        this.inbox = inbox;
        this.events = events;
    }

    /** A task without a due date sorts last: its due time is far in the future. */
    public void created(String taskId, String taskKey, String name, UUID caseId, String candidateGroup, String receiptNumber,
                        String assignee, Instant createdAt, Instant dueAt, String processInstanceId) {
        inbox.insert(new InboxTasks.Row(taskId, taskKey, name, caseId, candidateGroup, receiptNumber, assignee, createdAt,
                dueAt == null ? NO_DUE_DATE : dueAt, processInstanceId));
        if (assignee != null) {
            events.publishEvent(new TaskAssigned(taskId, taskKey, name, caseId, assignee, dueAt));
        }
    }

    public void assigned(String taskId, String assignee) {
        inbox.assign(taskId, assignee);
    }

    public void rescheduled(String taskId, Instant dueAt) {
        inbox.reschedule(taskId, dueAt == null ? NO_DUE_DATE : dueAt);
    }

    public void closed(String taskId) {
        inbox.remove(taskId);
    }

    static final Instant NO_DUE_DATE = Instant.parse("9999-12-31T00:00:00Z");
}
