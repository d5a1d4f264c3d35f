package org.tsuho.tasks.web;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tsuho.identity.Actor;
import org.tsuho.platform.error.ConflictException;
import org.tsuho.platform.error.NotFoundException;
import org.tsuho.platform.paging.Page;
import org.tsuho.registry.Operators;
import org.tsuho.registry.Sector;
import org.tsuho.tasks.Scope;
import org.tsuho.tasks.TaskGlance;
import org.tsuho.tasks.TaskItem;
import org.tsuho.tasks.Tasks;
import org.tsuho.tasks.Urgency;

/** The inbox screen: my tasks, my groups' queue, what is overdue; claim and unclaim. */
@Controller
@RequestMapping("/inbox")
class InboxController {

    static final int PAGE_SIZE = 50;

    /** The inbox tabs, as they appear in the address ({@code ?tab=group}). */
    enum Tab {
        MINE(Scope.MINE), GROUP(Scope.GROUP), OVERDUE(Scope.OVERDUE);

        final Scope scope;

        Tab(Scope scope) {
            this.scope = scope;
        }

        String param() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Tab of(String param) {
            return Arrays.stream(values()).filter(t -> t.param().equals(param)).findFirst().orElse(MINE);
        }
    }

    /** @param glance message codes the task's module shows beside it (see {@link TaskGlance}) */
    record Row(TaskItem task, Urgency urgency, List<String> glance) {
    }

    private final Tasks tasks;
    private final List<TaskGlance> glances;
    private final Operators operators;
    private final MessageSource messages;
    private final Clock clock;

    InboxController(Tasks tasks, List<TaskGlance> glances, Operators operators, MessageSource messages, Clock clock) {
        this.tasks = tasks;
        this.glances = glances;
        this.operators = operators;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String inbox(Actor actor, @RequestParam(required = false) String tab, @RequestParam(required = false) String cursor,
                 Locale locale, Model model) {
        Tab current = Tab.of(tab);
        Page<TaskItem> page = tasks.queue(actor, current.scope, PAGE_SIZE, cursor);
        Instant now = clock.instant();
        Map<String, List<String>> glance = new HashMap<>();
        glances.forEach(g -> glance.putAll(g.of(page.items())));
        List<Row> rows = page.items().stream()
                .map(t -> new Row(t, Urgency.of(t.dueAt(), t.overdue(), now), glance.getOrDefault(t.id(), List.of())))
                .toList();
        model.addAttribute("username", actor.username());
        model.addAttribute("tab", current.param());
        model.addAttribute("tabs", Arrays.stream(Tab.values()).map(Tab::param).toList());
        model.addAttribute("rows", rows);
        model.addAttribute("nextCursor", page.nextCursor());
        model.addAttribute("sectors", operators.sectors().stream().collect(Collectors.toMap(Sector::code, s -> s.name(locale))));
        return "tasks/inbox";
    }

    /** @param caseId set by the case page's buttons, to come back to that case; otherwise back to the inbox tab */
    @PostMapping("/tasks/{id}/claim")
    String claim(Actor actor, @PathVariable String id, @RequestParam(required = false) String tab,
                 @RequestParam(required = false) UUID caseId, Locale locale, RedirectAttributes redirect) {
        act(() -> tasks.claim(actor, id), "inbox.claimed", locale, redirect);
        return back(tab, caseId);
    }

    @PostMapping("/tasks/{id}/unclaim")
    String unclaim(Actor actor, @PathVariable String id, @RequestParam(required = false) String tab,
                   @RequestParam(required = false) UUID caseId, Locale locale, RedirectAttributes redirect) {
        act(() -> tasks.unclaim(actor, id), "inbox.unclaimed", locale, redirect);
        return back(tab, caseId);
    }

    /** Someone else taking or finishing the task first is normal in a shared queue: a message, not an error page. */
    private void act(Supplier<TaskItem> action, String done, Locale locale, RedirectAttributes redirect) {
        try {
            TaskItem task = action.get();
            redirect.addFlashAttribute("notice", messages.getMessage(done,
                    new Object[] {task.caseNumber(), messages.getMessage("task." + task.taskKey(), null, task.name(), locale)},
                    locale));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("alert", messages.getMessage("inbox.heldByOther", null, locale));
        } catch (NotFoundException e) {
            redirect.addFlashAttribute("alert", messages.getMessage("inbox.gone", null, locale));
        }
    }

    private static String back(String tab, UUID caseId) {
        return caseId != null ? "redirect:/cases/" + caseId : "redirect:/inbox?tab=" + Tab.of(tab).param();
    }
}
