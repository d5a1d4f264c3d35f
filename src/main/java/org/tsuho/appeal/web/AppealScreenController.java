package org.tsuho.appeal.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tsuho.appeal.AppealStatus;
import org.tsuho.appeal.AppealView;
import org.tsuho.appeal.Appeals;
import org.tsuho.appeal.Ruling;
import org.tsuho.identity.Actor;
import org.tsuho.platform.error.ConflictException;
import org.tsuho.platform.error.NotFoundException;
import org.tsuho.tasks.TaskForms;
import org.tsuho.tasks.TaskItem;
import org.tsuho.tasks.Tasks;
import org.tsuho.tasks.Urgency;
import org.tsuho.web.FormErrors;

/**
 * Staff screens of appeals: the examiner's queue (appeals assigned to the signed-in examiner) above every appeal,
 * and one appeal with its record, its open task and the form of that task when the signed-in person holds it
 * (assign the examiner, examine, rule). Forms complete tasks through {@link Tasks}, like the API.
 */
@Controller
@RequestMapping("/appeals")
class AppealScreenController {

    static final int LIST_SIZE = 100;
    /** The one open task of an appeal in each status. */
    static final Map<AppealStatus, String> TASK_OF = Map.of(AppealStatus.AWAITING_EXAMINER, "assign-examiner",
            AppealStatus.UNDER_EXAMINATION, "examine-appeal", AppealStatus.AWAITING_RULING, "rule-appeal");

    record TaskRow(TaskItem task, Urgency urgency) {
    }

    private final Appeals appeals;
    private final Tasks tasks;
    private final TaskForms taskForms;
    private final MessageSource messages;
    private final Clock clock;

    AppealScreenController(Appeals appeals, Tasks tasks, TaskForms taskForms, MessageSource messages, Clock clock) {
        this.appeals = appeals;
        this.tasks = tasks;
        this.taskForms = taskForms;
        this.messages = messages;
        this.clock = clock;
    }

    @ModelAttribute("rulings")
    Ruling[] rulings() {
        return Ruling.values();
    }

    @GetMapping
    String list(Actor actor, Model model) {
        model.addAttribute("mine", appeals.assignedTo(actor));
        model.addAttribute("appeals", appeals.list(actor, LIST_SIZE));
        return "appeal/appeals";
    }

    @GetMapping("/{id}")
    String show(Actor actor, @PathVariable UUID id, Model model) {
        model.addAttribute("assign", new AppealForms.Assign(null, null));
        model.addAttribute("examine", new AppealForms.Examine(null, null, null, null));
        model.addAttribute("rule", new AppealForms.Rule(null, null, null));
        return page(actor, appeals.get(actor, id), FormErrors.none(), model);
    }

    @PostMapping("/{id}/tasks/{taskId}/claim")
    String claim(Actor actor, @PathVariable UUID id, @PathVariable String taskId, Locale locale, RedirectAttributes redirect) {
        return act(id, () -> tasks.claim(actor, taskId), "inbox.claimed", locale, redirect);
    }

    @PostMapping("/{id}/tasks/{taskId}/unclaim")
    String unclaim(Actor actor, @PathVariable UUID id, @PathVariable String taskId, Locale locale, RedirectAttributes redirect) {
        return act(id, () -> tasks.unclaim(actor, taskId), "inbox.unclaimed", locale, redirect);
    }

    @PostMapping("/{id}/assign-examiner")
    String assign(Actor actor, @PathVariable UUID id, @ModelAttribute("assign") AppealForms.Assign form, Locale locale, Model model,
                  RedirectAttributes redirect) {
        return complete(actor, id, "assign-examiner", form.body(), locale, model, redirect);
    }

    @PostMapping("/{id}/examine-appeal")
    String examine(Actor actor, @PathVariable UUID id, @ModelAttribute("examine") AppealForms.Examine form, Locale locale, Model model,
                   RedirectAttributes redirect) {
        return complete(actor, id, "examine-appeal", form.body(), locale, model, redirect);
    }

    @PostMapping("/{id}/rule-appeal")
    String rule(Actor actor, @PathVariable UUID id, @ModelAttribute("rule") AppealForms.Rule form, Locale locale, Model model,
                RedirectAttributes redirect) {
        return complete(actor, id, "rule-appeal", form.body(), locale, model, redirect);
    }

    /** As on the proceeding page: invalid input back on the page, a refusal names its rule, a stale task is a message. */
    private String complete(Actor actor, UUID id, String taskKey, Object body, Locale locale, Model model, RedirectAttributes redirect) {
        AppealView appeal = appeals.get(actor, id);
        TaskItem task = openTask(appeal).map(TaskRow::task)
                .filter(t -> taskKey.equals(t.taskKey()) && actor.username().equals(t.assignee())).orElse(null);
        return taskForms.complete(actor, task, taskKey, body, "/appeals/" + id, locale, redirect, e -> {
            for (String form : List.of("assign", "examine", "rule")) {
                if (!model.containsAttribute(form)) {
                    model.addAttribute(form, switch (form) {
                        case "assign" -> new AppealForms.Assign(null, null);
                        case "examine" -> new AppealForms.Examine(null, null, null, null);
                        default -> new AppealForms.Rule(null, null, null);
                    });
                }
            }
            return page(actor, appeal, FormErrors.of(e.problems(), messages, locale), model);
        });
    }

    private String page(Actor actor, AppealView appeal, FormErrors errors, Model model) {
        Optional<TaskRow> open = openTask(appeal);
        model.addAttribute("appeal", appeal);
        model.addAttribute("tasks", open.stream().toList());
        model.addAttribute("username", actor.username());
        model.addAttribute("held", open.map(TaskRow::task).filter(t -> actor.username().equals(t.assignee()))
                .map(TaskItem::taskKey).orElse(""));
        model.addAttribute("errors", errors);
        return "appeal/appeal";
    }

    /**
     * The appeal's open task: the task of its status among its case's tasks. The case's tasks carry no process, so two
     * appeals of one case in the same status would share the row; one appeal per notice keeps that rare.
     */
    private Optional<TaskRow> openTask(AppealView appeal) {
        String key = TASK_OF.get(appeal.status());
        if (key == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return tasks.ofCase(appeal.caseId()).stream().filter(t -> key.equals(t.taskKey()))
                .filter(t -> !"examine-appeal".equals(key) || t.assignee() == null || t.assignee().equals(appeal.examiner()))
                .findFirst().map(t -> new TaskRow(t, Urgency.of(t.dueAt(), t.overdue(), now)));
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
        return "redirect:/appeals/" + id;
    }
}
