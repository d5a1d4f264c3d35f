package org.tsuho.workspace.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.tsuho.platform.error.ConflictException;
import org.tsuho.platform.error.InvalidInputException;
import org.tsuho.platform.paging.Cursor;
import org.tsuho.registry.Operators;
import org.tsuho.registry.Sector;
import org.tsuho.tasks.Tasks;
import org.tsuho.triage.TriageDecision;
import org.tsuho.web.FormErrors;
import org.tsuho.workspace.CaseDetail;
import org.tsuho.workspace.CaseDetails;

/** Staff screens: the case list with filters, and the case page with its reports, tasks, timeline and triage form. */
@Controller
@RequestMapping("/cases")
class CaseScreenController {

    static final int PAGE_SIZE = 50;

    private final CaseDetails details;
    private final CasePage page;
    private final CaseFiles cases;
    private final Tasks tasks;
    private final Operators operators;
    private final MessageSource messages;

    CaseScreenController(CaseDetails details, CasePage page, CaseFiles cases, Tasks tasks, Operators operators,
                         MessageSource messages) {
        this.details = details;
        this.page = page;
        this.cases = cases;
        this.tasks = tasks;
        this.operators = operators;
        this.messages = messages;
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
        return page.show(model, actor, details.get(actor, id), locale);
    }

    /** Completes the triage task the caller holds on this case, with the decision of the form. */
    @PostMapping("/{id}/triage")
    String triage(Actor actor, @PathVariable UUID id, @ModelAttribute("triage") TriageForm form, Locale locale, Model model,
                  RedirectAttributes redirect) {
        CaseDetail detail = details.get(actor, id);
        CaseDetail.OpenTaskRef task = CasePage.held(actor, detail, CasePage.TRIAGE).orElse(null);
        if (task == null) {
            redirect.addFlashAttribute("alert", messages.getMessage("triage.notHeld", null, locale));
            return "redirect:/cases/" + id;
        }
        TriageDecision decision = form.toDecision();
        try {
            tasks.complete(actor, task.id(), (Object) decision);
        } catch (InvalidInputException e) {
            String view = page.show(model, actor, detail, locale);
            model.addAttribute("triage", form);
            model.addAttribute("errors", FormErrors.of(e.problems(), messages, locale));
            return view;
        } catch (ConflictException e) {
            redirect.addFlashAttribute("alert", messages.getMessage("triage.notHeld", null, locale));
            return "redirect:/cases/" + id;
        }
        redirect.addFlashAttribute("notice", TriageDecision.Decision.ESCALATE.name().equals(decision.decision())
                ? messages.getMessage("triage.proposed", null, locale)
                : messages.getMessage("triage.done",
                        new Object[] {messages.getMessage("decision." + decision.decision(), null, locale)}, locale));
        return "redirect:/cases/" + id;
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
