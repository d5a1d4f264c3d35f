package org.tsuho.appeal.web;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tsuho.appeal.AppealRequest;
import org.tsuho.appeal.AppealView;
import org.tsuho.appeal.Appeals;
import org.tsuho.identity.Actor;
import org.tsuho.platform.error.ConflictException;
import org.tsuho.platform.error.InvalidInputException;
import org.tsuho.web.FormErrors;

/**
 * A company's appeal screens: its appeals with their status, the appeal form (reached from a DISPOSITION notice),
 * and one appeal with its deadline, examiner, ruling and the rebuttal form while it is under examination.
 */
@Controller
@RequestMapping("/company/appeals")
class CompanyAppealScreenController {

    static final int LIST_SIZE = 100;

    private final Appeals appeals;
    private final MessageSource messages;

    CompanyAppealScreenController(Appeals appeals, MessageSource messages) {
        this.appeals = appeals;
        this.messages = messages;
    }

    @GetMapping
    String list(Actor actor, Model model) {
        model.addAttribute("appeals", appeals.list(actor, LIST_SIZE));
        return "appeal/company-appeals";
    }

    @GetMapping("/new")
    String form(@RequestParam(required = false) String noticeId, @RequestParam(required = false) String noticeNumber, Model model) {
        if (!model.containsAttribute("appeal")) {
            model.addAttribute("appeal", new AppealRequest(noticeId, null, null, null));
            model.addAttribute("errors", FormErrors.none());
        }
        model.addAttribute("noticeNumber", noticeNumber);
        return "appeal/company-appeal-form";
    }

    @PostMapping
    String file(Actor actor, @ModelAttribute("appeal") AppealRequest form, @RequestParam(required = false) String noticeNumber,
                Locale locale, Model model, RedirectAttributes redirect) {
        try {
            AppealView filed = appeals.file(actor, form);
            redirect.addFlashAttribute("notice", messages.getMessage(filed.timely() || filed.ruling() == null ? "appeal.filed"
                    : "appeal.filedAndDismissed", new Object[] {filed.number()}, locale));
            return "redirect:/company/appeals/" + filed.id();
        } catch (InvalidInputException e) {
            model.addAttribute("errors", FormErrors.of(e.problems(), messages, locale));
        } catch (ConflictException e) {
            model.addAttribute("errors", FormErrors.none());
            model.addAttribute("alert", messages.getMessage("appeal.notAppealable", null, locale));
        }
        model.addAttribute("noticeNumber", noticeNumber);
        return "appeal/company-appeal-form";
    }

    @GetMapping("/{id}")
    String show(Actor actor, @PathVariable UUID id, Model model) {
        model.addAttribute("appeal", appeals.get(actor, id));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", FormErrors.none());
        }
        return "appeal/company-appeal";
    }

    @PostMapping("/{id}/submissions")
    String submit(Actor actor, @PathVariable UUID id, @RequestParam(required = false) String text, Locale locale,
                  RedirectAttributes redirect) {
        try {
            appeals.submit(actor, id, text);
            redirect.addFlashAttribute("notice", messages.getMessage("appeal.submitted", null, locale));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("submissionDraft", text);
            redirect.addFlashAttribute("errors", FormErrors.of(e.problems(), messages, locale));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("alert", messages.getMessage("appeal.submissionsClosed", null, locale));
        }
        return "redirect:/company/appeals/" + id;
    }
}
