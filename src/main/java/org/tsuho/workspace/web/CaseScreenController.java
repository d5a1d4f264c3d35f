package org.tsuho.workspace.web;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tsuho.casefile.CaseFiles;
import org.tsuho.casefile.CaseStatus;
import org.tsuho.casefile.CaseSummary;
import org.tsuho.identity.Actor;
import org.tsuho.intake.Category;
import org.tsuho.platform.error.ConflictException;
import org.tsuho.platform.error.InvalidInputException;
import org.tsuho.platform.paging.Cursor;
import org.tsuho.registry.Operators;
import org.tsuho.registry.Sector;
import org.tsuho.tasks.Tasks;
import org.tsuho.tasks.Urgency;
import org.tsuho.triage.TriageDecision;
import org.tsuho.web.FormErrors;
import org.tsuho.workspace.CaseDetail;
import org.tsuho.workspace.CaseDetails;

/** Staff screens: the case list with filters, and the case page with its reports, tasks, timeline and triage form. */
@Controller
@RequestMapping("/cases")
class CaseScreenController {

    static final int PAGE_SIZE = 50;
    static final String TRIAGE = "triage";

    record TaskRow(CaseDetail.OpenTaskRef task, Urgency urgency) {
    }

    private final CaseDetails details;
    private final CaseFiles cases;
    private final Tasks tasks;
    private final Operators operators;
    private final MessageSource messages;
    private final Clock clock;

    CaseScreenController(CaseDetails details, CaseFiles cases, Tasks tasks, Operators operators, MessageSource messages,
                         Clock clock) {
        this.details = details;
        this.cases = cases;
        this.tasks = tasks;
        this.operators = operators;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String list(@RequestParam(required = false) String status, @RequestParam(required = false) String sector,
                @RequestParam(required = false) String q, @RequestParam(required = false) String cursor, Locale locale,
                Model model) {
        CaseStatus wanted = Arrays.stream(CaseStatus.values()).filter(s -> s.name().equals(status)).findFirst().orElse(null);
        String sectorCode = sector == null || sector.isBlank() ? null : sector;
        Cursor before = Cursor.decode(cursor);
        List<CaseSummary> rows = cases.search(wanted, sectorCode, q, before == null ? null : before.at(),
                before == null ? null : uuid(before.id()), PAGE_SIZE + 1);
        String next = null;
        if (rows.size() > PAGE_SIZE) {
            rows = rows.subList(0, PAGE_SIZE);
            CaseSummary last = rows.get(PAGE_SIZE - 1);
            next = new Cursor(last.createdAt(), last.id().toString()).encode();
        }
        model.addAttribute("cases", rows);
        model.addAttribute("nextCursor", next);
        model.addAttribute("status", wanted == null ? "" : wanted.name());
        model.addAttribute("sector", sectorCode == null ? "" : sectorCode);
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("statuses", CaseStatus.values());
        model.addAttribute("sectorList", operators.sectors().stream().map(s -> Map.entry(s.code(), s.name(locale))).toList());
        model.addAttribute("sectors", sectorNames(locale));
        return "workspace/cases";
    }

    @GetMapping("/{id}")
    String show(Actor actor, @PathVariable UUID id, Locale locale, Model model) {
        CaseDetail detail = details.get(actor, id);
        return page(actor, detail, TriageForm.startingFrom(detail.category()), FormErrors.none(), locale, model);
    }

    /** Completes the triage task the caller holds on this case, with the decision of the form. */
    @PostMapping("/{id}/triage")
    String triage(Actor actor, @PathVariable UUID id, @ModelAttribute("triage") TriageForm form, Locale locale, Model model,
                  RedirectAttributes redirect) {
        CaseDetail detail = details.get(actor, id);
        CaseDetail.OpenTaskRef task = heldTriage(actor, detail);
        if (task == null) {
            redirect.addFlashAttribute("alert", messages.getMessage("triage.notHeld", null, locale));
            return "redirect:/cases/" + id;
        }
        TriageDecision decision = form.toDecision();
        try {
            tasks.complete(actor, task.id(), (Object) decision);
        } catch (InvalidInputException e) {
            return page(actor, detail, form, FormErrors.of(e.problems(), messages, locale), locale, model);
        } catch (ConflictException e) {
            redirect.addFlashAttribute("alert", messages.getMessage("triage.notHeld", null, locale));
            return "redirect:/cases/" + id;
        }
        redirect.addFlashAttribute("notice", messages.getMessage("triage.done",
                new Object[] {messages.getMessage("decision." + decision.decision(), null, locale)}, locale));
        return "redirect:/cases/" + id;
    }

    private String page(Actor actor, CaseDetail detail, TriageForm form, FormErrors errors, Locale locale, Model model) {
        Instant now = clock.instant();
        model.addAttribute("case", detail);
        model.addAttribute("company", operators.find(detail.company().id()).map(o -> o.name(locale)).orElse(detail.company().name()));
        model.addAttribute("sectors", sectorNames(locale));
        model.addAttribute("relatedCaseId", detail.relatedCaseNumber() == null ? null
                : cases.findByNumber(detail.relatedCaseNumber()).map(CaseSummary::id).orElse(null));
        model.addAttribute("tasks", detail.openTasks().stream().map(t -> new TaskRow(t, Urgency.of(t.dueAt(), t.overdue(), now))).toList());
        model.addAttribute("username", actor.username());
        model.addAttribute("triageTask", heldTriage(actor, detail));
        model.addAttribute("triage", form);
        model.addAttribute("errors", errors);
        model.addAttribute("categories", Category.values());
        model.addAttribute("decisions", TriageDecision.Decision.values());
        model.addAttribute("targets", TriageDecision.Target.values());
        model.addAttribute("criteria", TriageDecision.Criterion.values());
        return "workspace/case";
    }

    private static CaseDetail.OpenTaskRef heldTriage(Actor actor, CaseDetail detail) {
        return detail.openTasks().stream()
                .filter(t -> TRIAGE.equals(t.taskKey()) && Objects.equals(actor.username(), t.assignee()))
                .findFirst().orElse(null);
    }

    private Map<String, String> sectorNames(Locale locale) {
        return operators.sectors().stream().collect(Collectors.toMap(Sector::code, s -> s.name(locale)));
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("cursor", "error.cursor");
        }
    }
}
