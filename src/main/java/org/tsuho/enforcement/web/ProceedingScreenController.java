package org.tsuho.enforcement.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tsuho.deadline.Rulebook;
import org.tsuho.enforcement.Disposition;
import org.tsuho.enforcement.NoticeViews;
import org.tsuho.enforcement.ProceedingSummary;
import org.tsuho.enforcement.ProceedingView;
import org.tsuho.enforcement.ProceedingViews;
import org.tsuho.identity.Actor;
import org.tsuho.platform.error.ConflictException;
import org.tsuho.platform.error.NotFoundException;
import org.tsuho.tasks.TaskForms;
import org.tsuho.tasks.TaskItem;
import org.tsuho.tasks.Tasks;
import org.tsuho.tasks.Urgency;
import org.tsuho.web.FormErrors;

/**
 * Staff screens of penalty proceedings: the list with each open proceeding's tasks (the proceedings' queue), and one
 * proceeding with its failures, notices, explanation and decisions, and the form of the task the signed-in person
 * holds. Forms complete tasks through {@link Tasks}, like the API.
 */
@Controller
@RequestMapping("/proceedings")
class ProceedingScreenController {

    static final int LIST_SIZE = 100;
    static final String PREPARE = "prepare-notice";
    static final String APPROVE = "approve-notice";
    static final String DECIDE = "decide-disposition";
    static final String REFER = "decide-referral";
    /** The tasks a proceeding's process creates; one open proceeding per case, so a case's tasks of these keys are its. */
    static final Set<String> TASK_KEYS = Set.of(PREPARE, APPROVE, DECIDE, REFER);

    record TaskRow(TaskItem task, Urgency urgency) {
    }

    record Row(ProceedingSummary proceeding, List<TaskRow> tasks) {
    }

    private final ProceedingViews proceedings;
    private final NoticeViews notices;
    private final Tasks tasks;
    private final TaskForms taskForms;
    private final Rulebook rulebook;
    private final MessageSource messages;
    private final Clock clock;

    ProceedingScreenController(ProceedingViews proceedings, NoticeViews notices, Tasks tasks, TaskForms taskForms,
                               Rulebook rulebook, MessageSource messages, Clock clock) {
        this.proceedings = proceedings;
        this.notices = notices;
        this.tasks = tasks;
        this.taskForms = taskForms;
        this.rulebook = rulebook;
        this.messages = messages;
        this.clock = clock;
    }

    @ModelAttribute("dispositions")
    Disposition[] dispositions() {
        return Disposition.values();
    }

    @GetMapping
    String list(Model model) {
        List<Row> rows = proceedings.latest(LIST_SIZE).stream()
                .map(p -> new Row(p, p.status().isOpen() ? openTasks(p.caseId()) : List.of()))
                .toList();
        model.addAttribute("rows", rows);
        return "enforcement/proceedings";
    }

    @GetMapping("/{id}")
    String show(Actor actor, @PathVariable UUID id, Model model) {
        ProceedingView proceeding = proceedings.get(id);
        model.addAttribute("prepare", new ProceedingForms.Prepare("ORDER", null, null,
                String.valueOf(rulebook.minimumExplanationDays()), null));
        model.addAttribute("approve", new ProceedingForms.Approve(null, null));
        model.addAttribute("decide", new ProceedingForms.Decide(null, null, null, null));
        model.addAttribute("refer", new ProceedingForms.Refer(null, null));
        return page(actor, proceeding, FormErrors.none(), model);
    }

    @GetMapping("/{id}/notices/{noticeId}/pdf")
    ResponseEntity<byte[]> pdf(Actor actor, @PathVariable UUID id, @PathVariable UUID noticeId) {
        if (!notices.get(actor, noticeId).proceedingId().equals(id)) {
            throw new NotFoundException("notice");
        }
        NoticeViews.Pdf pdf = notices.pdf(actor, noticeId);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(pdf.fileName()).build().toString())
                .contentType(MediaType.APPLICATION_PDF)
                .body(pdf.content());
    }

    @PostMapping("/{id}/tasks/{taskId}/claim")
    String claim(Actor actor, @PathVariable UUID id, @PathVariable String taskId, Locale locale, RedirectAttributes redirect) {
        return act(id, () -> tasks.claim(actor, taskId), "inbox.claimed", locale, redirect);
    }

    @PostMapping("/{id}/tasks/{taskId}/unclaim")
    String unclaim(Actor actor, @PathVariable UUID id, @PathVariable String taskId, Locale locale, RedirectAttributes redirect) {
        return act(id, () -> tasks.unclaim(actor, taskId), "inbox.unclaimed", locale, redirect);
    }

    @PostMapping("/{id}/prepare-notice")
    String prepare(Actor actor, @PathVariable UUID id, @ModelAttribute("prepare") ProceedingForms.Prepare form, Locale locale,
                   Model model, RedirectAttributes redirect) {
        return complete(actor, id, PREPARE, form.body(), locale, model, redirect);
    }

    @PostMapping("/{id}/approve-notice")
    String approve(Actor actor, @PathVariable UUID id, @ModelAttribute("approve") ProceedingForms.Approve form, Locale locale,
                   Model model, RedirectAttributes redirect) {
        return complete(actor, id, APPROVE, form.body(), locale, model, redirect);
    }

    @PostMapping("/{id}/decide-disposition")
    String decide(Actor actor, @PathVariable UUID id, @ModelAttribute("decide") ProceedingForms.Decide form, Locale locale,
                  Model model, RedirectAttributes redirect) {
        return complete(actor, id, DECIDE, form.body(), locale, model, redirect);
    }

    @PostMapping("/{id}/decide-referral")
    String refer(Actor actor, @PathVariable UUID id, @ModelAttribute("refer") ProceedingForms.Refer form, Locale locale,
                 Model model, RedirectAttributes redirect) {
        return complete(actor, id, REFER, form.body(), locale, model, redirect);
    }

    /**
     * Completes the task of this key that the caller holds on the proceeding. Invalid input comes back on the page with
     * what was typed; a refusal names its rule; a task taken or finished meanwhile is a message, not an error page.
     */
    private String complete(Actor actor, UUID id, String taskKey, Object body, Locale locale, Model model, RedirectAttributes redirect) {
        ProceedingView proceeding = proceedings.get(id);
        return taskForms.complete(actor, held(actor, proceeding, taskKey), taskKey, body, "/proceedings/" + id, locale, redirect, e -> {
            model.addAttribute("failedForm", taskKey);
            for (String form : List.of("prepare", "approve", "decide", "refer")) {
                if (!model.containsAttribute(form)) {
                    model.addAttribute(form, blank(form));
                }
            }
            return page(actor, proceeding, FormErrors.of(e.problems(), messages, locale), model);
        });
    }

    private String page(Actor actor, ProceedingView proceeding, FormErrors errors, Model model) {
        List<TaskRow> open = proceeding.status().isOpen() ? openTasks(proceeding.caseId()) : List.of();
        model.addAttribute("proceeding", proceeding);
        model.addAttribute("tasks", open);
        model.addAttribute("username", actor.username());
        model.addAttribute("held", open.stream().map(TaskRow::task)
                .filter(t -> Objects.equals(actor.username(), t.assignee()))
                .collect(Collectors.toMap(TaskItem::taskKey, TaskItem::id, (a, b) -> a)));
        model.addAttribute("errors", errors);
        return "enforcement/proceeding";
    }

    private List<TaskRow> openTasks(UUID caseId) {
        Instant now = clock.instant();
        return tasks.ofCase(caseId).stream()
                .filter(t -> TASK_KEYS.contains(t.taskKey()))
                .map(t -> new TaskRow(t, Urgency.of(t.dueAt(), t.overdue(), now)))
                .toList();
    }

    private TaskItem held(Actor actor, ProceedingView proceeding, String taskKey) {
        if (!proceeding.status().isOpen()) {
            return null;
        }
        return openTasks(proceeding.caseId()).stream().map(TaskRow::task)
                .filter(t -> taskKey.equals(t.taskKey()) && Objects.equals(actor.username(), t.assignee()))
                .findFirst().orElse(null);
    }

    private String act(UUID id, Supplier<TaskItem> action, String done, Locale locale, RedirectAttributes redirect) {
        try {
            TaskItem task = action.get();
            redirect.addFlashAttribute("notice", messages.getMessage(done,
                    new Object[] {task.caseNumber(), messages.getMessage("task." + task.taskKey(), null, task.name(), locale)}, locale));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("alert", messages.getMessage("inbox.heldByOther", null, locale));
        } catch (NotFoundException e) {
            redirect.addFlashAttribute("alert", messages.getMessage("inbox.gone", null, locale));
        }
        return "redirect:/proceedings/" + id;
    }

    private Object blank(String form) {
        return switch (form) {
            case "prepare" -> new ProceedingForms.Prepare("ORDER", null, null, String.valueOf(rulebook.minimumExplanationDays()), null);
            case "approve" -> new ProceedingForms.Approve(null, null);
            case "decide" -> new ProceedingForms.Decide(null, null, null, null);
            default -> new ProceedingForms.Refer(null, null);
        };
    }
}
