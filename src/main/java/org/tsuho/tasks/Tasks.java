package org.tsuho.tasks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.exception.NullValueException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsuho.audit.AuditTrail;
import org.tsuho.casefile.CaseFiles;
import org.tsuho.identity.Actor;
import org.tsuho.identity.Role;
import org.tsuho.platform.error.ConflictException;
import org.tsuho.platform.error.FieldProblem;
import org.tsuho.platform.error.InvalidInputException;
import org.tsuho.platform.error.NotFoundException;
import org.tsuho.platform.paging.Page;

/** Queues, claiming and completing tasks, for every module's user tasks. */
@Service
public class Tasks {

    private final InboxTasks inbox;
    private final TaskService engine;
    private final CaseFiles cases;
    private final Map<String, TaskCompletion<?>> completions;
    private final ObjectMapper json;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final Clock clock;

    Tasks(InboxTasks inbox, TaskService engine, CaseFiles cases, List<TaskCompletion<?>> completions, ObjectMapper json,
          ApplicationEventPublisher events, AuditTrail audit, Clock clock) {
        this.inbox = inbox;
        this.engine = engine;
        this.cases = cases;
        this.completions = completions.stream().collect(Collectors.toUnmodifiableMap(TaskCompletion::taskKey, Function.identity()));
        this.json = json;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page<TaskItem> queue(Actor actor, Scope scope, int limit, String cursor) {
        Page<TaskItem> page = inbox.page(scope, actor.username(), List.copyOf(actor.groups()), clock.instant(), limit, cursor);
        return new Page<>(page.items().stream().map(t -> forReader(actor, t)).toList(), page.nextCursor());
    }

    @Transactional(readOnly = true)
    public List<TaskItem> ofCase(UUID caseId) {
        return inbox.ofCase(caseId).stream().map(t -> InboxTasks.overdueAsOf(t, clock.instant())).toList();
    }

    /** The ids of the case's tasks this person could take now: nobody holds them and they are in one of their queues. */
    @Transactional(readOnly = true)
    public Set<String> claimable(Actor actor, UUID caseId) {
        return Set.copyOf(inbox.claimable(caseId, List.copyOf(actor.groups())));
    }

    /** For the daily digest: tasks someone holds that are overdue or fall due before {@code until}. */
    @Transactional(readOnly = true)
    public List<TaskItem> heldDueBefore(Instant until) {
        return inbox.heldDueBefore(until).stream().map(t -> InboxTasks.overdueAsOf(t, clock.instant())).toList();
    }

    @Transactional(readOnly = true)
    public TaskItem get(Actor actor, String taskId) {
        visible(actor, taskId);
        return inbox.item(taskId).map(t -> forReader(actor, InboxTasks.overdueAsOf(t, clock.instant())))
                .orElseThrow(() -> new NotFoundException("task"));
    }

    /**
     * The Ministry of Defense receives packages without the operator's identity (only its sector), so its liaisons'
     * queues leave the company name out too.
     */
    private static TaskItem forReader(Actor actor, TaskItem t) {
        boolean operatorWithheld = actor.has(Role.MOD_LIAISON)
                && !actor.hasAny(List.of(Role.CASE_WORKER, Role.SUPERVISOR, Role.EXAMINER, Role.OVERSIGHT, Role.ADMIN));
        return !operatorWithheld ? t : new TaskItem(t.id(), t.taskKey(), t.name(), t.caseId(), t.caseNumber(), t.receiptNumber(),
                null, t.sector(), t.severity(), t.createdAt(), t.dueAt(), t.overdue(), t.assignee());
    }

    /** Takes a task from the group queue. Taking one's own task again is harmless; someone else's is a conflict. */
    @Transactional
    public TaskItem claim(Actor actor, String taskId) {
        OpenTask task = locked(actor, taskId);
        if (task.assignee() != null && !task.assignee().equals(actor.username())) {
            throw new ConflictException("The task is held by " + task.assignee() + ".");
        }
        if (task.assignee() == null) {
            engine.claim(taskId, actor.username());
            cases.record(task.caseId(), actor.username(), "TASK_CLAIMED", task.taskKey());
            events.publishEvent(new TaskClaimed(taskId, task.taskKey(), task.caseId(), actor.username()));
        }
        return get(actor, taskId);
    }

    /** Puts one's own task back into the group queue. */
    @Transactional
    public TaskItem unclaim(Actor actor, String taskId) {
        OpenTask task = locked(actor, taskId);
        if (!actor.username().equals(task.assignee())) {
            throw new ConflictException("Only the person holding a task can return it to the queue.");
        }
        engine.setAssignee(taskId, null);
        cases.record(task.caseId(), actor.username(), "TASK_UNCLAIMED", task.taskKey());
        return get(actor, taskId);
    }

    /** Completes from an API body: converted to the task's body type, then as {@link #complete(Actor, String, Object)}. */
    @Transactional
    public void complete(Actor actor, String taskId, JsonNode body) {
        OpenTask task = held(actor, taskId);
        complete(actor, task, convert(completion(task).bodyType(), body));
    }

    /** Completes the caller's task with a typed body (screens build the same body from their forms). */
    @Transactional
    public void complete(Actor actor, String taskId, Object body) {
        complete(actor, held(actor, taskId), body);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void complete(Actor actor, OpenTask task, Object body) {
        TaskCompletion completion = completion(task);
        if (!completion.bodyType().isInstance(body)) {
            throw new InvalidInputException("body", "error.type");
        }
        Map<String, Object> variables = completion.complete(task, actor, body);
        audit.record(actor, task.caseId(), "TASK_COMPLETED", task.taskKey() + " " + task.id());
        try {
            engine.complete(task.id(), variables);
        } catch (NullValueException e) {
            throw new NotFoundException("task");
        }
    }

    private TaskCompletion<?> completion(OpenTask task) {
        TaskCompletion<?> completion = completions.get(task.taskKey());
        if (completion == null) {
            throw new IllegalStateException("no completion for task " + task.taskKey());
        }
        return completion;
    }

    private <T> T convert(Class<T> type, JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new InvalidInputException("body", "error.object");
        }
        try {
            return json.treeToValue(body, type);
        } catch (MismatchedInputException e) {
            String field = e.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining()).replaceFirst("^\\.", "");
            throw new InvalidInputException(List.of(FieldProblem.of(field.isEmpty() ? "body" : field, "error.type")));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new InvalidInputException("body", "error.type");
        }
    }

    /** The caller must hold the task to complete it. */
    private OpenTask held(Actor actor, String taskId) {
        OpenTask task = locked(actor, taskId);
        if (!actor.username().equals(task.assignee())) {
            throw new ConflictException("Claim the task before completing it.");
        }
        return task;
    }

    /** A task outside the caller's queues is "not found", like any record that is not theirs. */
    private OpenTask visible(Actor actor, String taskId) {
        return visible(actor, inbox.find(taskId));
    }

    /** As {@link #visible}, for a change: the row stays locked until the transaction ends. */
    private OpenTask locked(Actor actor, String taskId) {
        return visible(actor, inbox.lock(taskId));
    }

    private static OpenTask visible(Actor actor, Optional<OpenTask> found) {
        OpenTask task = found.orElseThrow(() -> new NotFoundException("task"));
        boolean mine = actor.username().equals(task.assignee());
        if (!mine && !actor.groups().contains(task.candidateGroup())) {
            throw new NotFoundException("task");
        }
        return task;
    }

    /** Keeps the read model's "overdue" badge in step with the process's overdue timer. */
    @Transactional
    public void flagOverdue(String processInstanceId, String taskKey) {
        inbox.flagOverdue(processInstanceId, taskKey);
    }
}
