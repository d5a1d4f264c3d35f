package org.tsuho.notification.web;

import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tsuho.identity.Actor;
import org.tsuho.notification.NotificationReviewDecision;
import org.tsuho.notification.NotificationView;
import org.tsuho.notification.NotificationViews;
import org.tsuho.platform.error.ConflictException;
import org.tsuho.platform.error.InvalidInputException;
import org.tsuho.tasks.Tasks;
import org.tsuho.web.FormErrors;

/**
 * {@code /notifications/{caseId}}: the review of an asset notification. Staff read it; the case worker takes the
 * review task and decides (accept, or request information) through the inbox's completion, like the API.
 */
@Controller
class NotificationReviewScreenController {

    private final NotificationViews views;
    private final Tasks tasks;
    private final MessageSource messages;

    NotificationReviewScreenController(NotificationViews views, Tasks tasks, MessageSource messages) {
        this.views = views;
        this.tasks = tasks;
        this.messages = messages;
    }

    @GetMapping("/notifications/{caseId}")
    String show(Actor actor, @PathVariable UUID caseId, Model model) {
        return page(model, actor, views.of(actor, caseId), new NotificationReviewDecision(null, null, null), FormErrors.none());
    }

    @PostMapping("/notifications/{caseId}/claim")
    String claim(Actor actor, @PathVariable UUID caseId, Locale locale, RedirectAttributes redirect) {
        NotificationView view = views.of(actor, caseId);
        try {
            if (view.reviewTask() == null) {
                throw new ConflictException("no open review");
            }
            tasks.claim(actor, view.reviewTask().id());
            redirect.addFlashAttribute("notice", messages.getMessage("notification.claimed", null, locale));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("alert", messages.getMessage("notification.notYours", null, locale));
        }
        return "redirect:/notifications/" + caseId;
    }

    @PostMapping("/notifications/{caseId}/review")
    String review(Actor actor, @PathVariable UUID caseId, @ModelAttribute("decision") NotificationReviewDecision decision, Model model,
                  Locale locale, RedirectAttributes redirect) {
        NotificationView view = views.of(actor, caseId);
        try {
            if (view.reviewTask() == null) {
                throw new ConflictException("no open review");
            }
            tasks.complete(actor, view.reviewTask().id(), decision);
            redirect.addFlashAttribute("notice", messages.getMessage("notification.reviewed", null, locale));
            return "redirect:/notifications/" + caseId;
        } catch (InvalidInputException e) {
            return page(model, actor, view, decision, FormErrors.of(e.problems(), messages, locale));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("alert", messages.getMessage("notification.notYours", null, locale));
            return "redirect:/notifications/" + caseId;
        }
    }

    private static String page(Model model, Actor actor, NotificationView view, NotificationReviewDecision decision,
                               FormErrors errors) {
        model.addAttribute("view", view);
        model.addAttribute("me", actor.username());
        model.addAttribute("decision", decision);
        model.addAttribute("decisions", NotificationReviewDecision.Decision.values());
        model.addAttribute("errors", errors);
        return "notification/review";
    }
}
