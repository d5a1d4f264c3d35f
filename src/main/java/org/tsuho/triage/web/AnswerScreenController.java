package org.tsuho.triage.web;

import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tsuho.identity.Actor;
import org.tsuho.platform.error.ConflictException;
import org.tsuho.platform.error.InvalidInputException;
import org.tsuho.triage.Answers;
import org.tsuho.web.FormErrors;

/**
 * The answer form on a company's report page. Whatever happens, back to that page (POST-redirect-GET); a rejected
 * answer comes back with its text and the problem beside the request it was for.
 */
@Controller
class AnswerScreenController {

    private final Answers answers;
    private final MessageSource messages;

    AnswerScreenController(Answers answers, MessageSource messages) {
        this.answers = answers;
        this.messages = messages;
    }

    /** @param reportId the report page the form is on; the request itself decides whose case it is */
    @PostMapping("/company/reports/{reportId}/requests/{requestId}/answer")
    String answer(Actor actor, @PathVariable UUID reportId, @PathVariable UUID requestId,
                  @RequestParam(required = false) String answer, Locale locale, RedirectAttributes redirect) {
        try {
            answers.answer(actor, requestId, answer);
            redirect.addFlashAttribute("notice", messages.getMessage("request.answered", null, locale));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("answerFor", requestId);
            redirect.addFlashAttribute("answerDraft", answer);
            redirect.addFlashAttribute("errors", FormErrors.of(e.problems(), messages, locale));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("alert", messages.getMessage("request.alreadyAnswered", null, locale));
        }
        return "redirect:/company/reports/" + reportId;
    }
}
