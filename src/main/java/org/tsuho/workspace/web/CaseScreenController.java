package org.tsuho.workspace.web;

import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tsuho.identity.Actor;
import org.tsuho.platform.error.ConflictException;
import org.tsuho.platform.error.InvalidInputException;
import org.tsuho.tasks.Tasks;
import org.tsuho.triage.TriageDecision;
import org.tsuho.web.FormErrors;
import org.tsuho.workspace.CaseDetail;
import org.tsuho.workspace.CaseDetails;

/** Staff screens: the case page with its reports, tasks, timeline and triage form (the list is the search module's). */
@Controller
@RequestMapping("/cases")
class CaseScreenController {

    private final CaseDetails details;
    private final CasePage page;
    private final Tasks tasks;
    private final MessageSource messages;

    CaseScreenController(CaseDetails details, CasePage page, Tasks tasks, MessageSource messages) {
        this.details = details;
        this.page = page;
        this.tasks = tasks;
        this.messages = messages;
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
}
