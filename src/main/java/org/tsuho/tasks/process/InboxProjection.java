package org.tsuho.tasks.process;

import java.util.UUID;
import org.operaton.bpm.engine.delegate.DelegateTask;
import org.operaton.bpm.engine.delegate.TaskListener;
import org.operaton.bpm.engine.task.IdentityLink;
import org.operaton.bpm.engine.task.IdentityLinkType;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.tsuho.tasks.InboxWriter;
import org.tsuho.tasks.TaskKeys;

/**
 * Mirrors every user task of every process into the inbox table. The engine publishes task events synchronously,
 * inside its own transaction, so the inbox can never show a task the engine does not have (or miss one it has).
 * Each process passes {@code caseId} (and {@code receiptNumber}) as variables.
 */
@Component
class InboxProjection {

    private final InboxWriter inbox;

    InboxProjection(InboxWriter inbox) {
        this.inbox = inbox;
    }

    @EventListener
    public void on(DelegateTask task) {
        switch (task.getEventName()) {
            case TaskListener.EVENTNAME_CREATE -> inbox.created(task.getId(), TaskKeys.of(task.getTaskDefinitionKey()), task.getName(),
                    UUID.fromString((String) task.getVariable("caseId")), candidateGroup(task),
                    (String) task.getVariable("receiptNumber"), task.getAssignee(), task.getCreateTime().toInstant(),
                    task.getDueDate() == null ? null : task.getDueDate().toInstant(), task.getProcessInstanceId());
            case TaskListener.EVENTNAME_ASSIGNMENT -> inbox.assigned(task.getId(), task.getAssignee());
            case TaskListener.EVENTNAME_UPDATE -> inbox.rescheduled(task.getId(),
                    task.getDueDate() == null ? null : task.getDueDate().toInstant());
            case TaskListener.EVENTNAME_COMPLETE, TaskListener.EVENTNAME_DELETE -> inbox.closed(task.getId());
            default -> {
                // timeout events and others change nothing in the inbox
            }
        }
    }

    private static String candidateGroup(DelegateTask task) {
        return task.getCandidates().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("user task " + task.getTaskDefinitionKey() + " has no candidate group"));
    }

}
