package org.tsuho.workspace.web;

import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tsuho.casefile.ManualLegalHolds;
import org.tsuho.identity.Actor;
import org.tsuho.platform.error.InvalidInputException;
import org.tsuho.web.FormErrors;
import org.tsuho.workspace.CaseDetail;
import org.tsuho.workspace.CaseDetails;

/**
 * A supervisor places or releases a legal hold (訴訟ホールド) on the case page: while it holds, the retention job
 * keeps the case's contact data however long ago it closed.
 */
@Controller
@RequestMapping("/cases/{id}/legal-hold")
class LegalHoldScreenController {

    private final CaseDetails details;
    private final CasePage page;
    private final ManualLegalHolds holds;
    private final MessageSource messages;

    LegalHoldScreenController(CaseDetails details, CasePage page, ManualLegalHolds holds, MessageSource messages) {
        this.details = details;
        this.page = page;
        this.holds = holds;
        this.messages = messages;
    }

    @PostMapping
    String change(Actor actor, @PathVariable UUID id, @RequestParam(defaultValue = "") String hold,
                  @RequestParam(required = false) String reason, Locale locale, Model model, RedirectAttributes redirect) {
        CaseDetail detail = details.get(actor, id);
        boolean place = "place".equals(hold);
        try {
            if (place) {
                holds.place(id, actor.username(), reason);
            } else {
                holds.release(id, actor.username(), reason);
            }
        } catch (InvalidInputException e) {
            String view = page.show(model, actor, detail, locale);
            model.addAttribute("legalHoldReason", reason);
            model.addAttribute("legalHoldErrors", FormErrors.of(e.problems(), messages, locale));
            return view;
        }
        redirect.addFlashAttribute("notice", messages.getMessage(place ? "legalHold.placed" : "legalHold.released", null, locale));
        return "redirect:/cases/" + id;
    }
}
