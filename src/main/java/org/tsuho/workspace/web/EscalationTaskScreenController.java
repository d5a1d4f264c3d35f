package org.tsuho.workspace.web;

import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tsuho.identity.Actor;
import org.tsuho.platform.error.ConflictException;
import org.tsuho.platform.error.InvalidInputException;
import org.tsuho.platform.error.RefusedException;
import org.tsuho.tasks.Tasks;
import org.tsuho.web.FormErrors;
import org.tsuho.workspace.CaseDetail;
import org.tsuho.workspace.CaseDetails;

/**
 * The supervisors' escalation tasks on the case page: approving or rejecting a proposal, ratifying an emergency
 * referral, following up a referral nobody acknowledged. A refused or invalid decision shows the page again with
 * what was typed; a task someone else finished first is a message.
 */
@Controller
@RequestMapping("/cases/{id}")
class EscalationTaskScreenController {

    private final CaseDetails details;
    private final CasePage page;
    private final Tasks tasks;
    private final MessageSource messages;

    EscalationTaskScreenController(CaseDetails details, CasePage page, Tasks tasks, MessageSource messages) {
        this.details = details;
        this.page = page;
        this.tasks = tasks;
        this.messages = messages;
    }

    @PostMapping("/approval")
    String approve(Actor actor, @PathVariable UUID id, @ModelAttribute("approval") ApprovalForm form, Locale locale, Model model,
                   RedirectAttributes redirect) {
        Boolean approved = Choice.of(form.approved());
        return complete(actor, id, CasePage.APPROVE, null, form.toApproval(),
                Boolean.TRUE.equals(approved) ? "approval.approved" : "approval.rejected", "approval.refused",
                errors -> {
                    model.addAttribute("approval", form);
                    model.addAttribute("approvalErrors", errors);
                }, locale, model, redirect);
    }

    @PostMapping("/ratification")
    String ratify(Actor actor, @PathVariable UUID id, @ModelAttribute("ratification") RatificationForm form, Locale locale,
                  Model model, RedirectAttributes redirect) {
        Boolean ratified = Choice.of(form.ratified());
        return complete(actor, id, CasePage.RATIFY, null, form.toRatification(),
                Boolean.TRUE.equals(ratified) ? "ratification.ratified" : "ratification.refusedDone", "ratification.refused",
                errors -> {
                    model.addAttribute("ratification", form);
                    model.addAttribute("ratificationErrors", errors);
                }, locale, model, redirect);
    }

    @PostMapping("/follow-ups/{taskId}")
    String followUp(Actor actor, @PathVariable UUID id, @PathVariable String taskId, @ModelAttribute("followUp") FollowUpForm form,
                    Locale locale, Model model, RedirectAttributes redirect) {
        return complete(actor, id, CasePage.FOLLOW_UP, taskId, form.toFollowUp(), "followUp.done", "escalationTask.refused",
                errors -> {
                    model.addAttribute("followUp", form);
                    model.addAttribute("followUpTaskId", taskId);
                    model.addAttribute("followUpErrors", errors);
                }, locale, model, redirect);
    }

    /**
     * Completes the caller's task of this kind on the case (the one with this id, when given).
     *
     * @param showForm puts the submitted form and its errors on the page shown again
     */
    private String complete(Actor actor, UUID caseId, String taskKey, String taskId, Object body, String done, String refused,
                            Consumer<FormErrors> showForm, Locale locale, Model model, RedirectAttributes redirect) {
        CaseDetail detail = details.get(actor, caseId);
        CaseDetail.OpenTaskRef task = detail.openTasks().stream()
                .filter(t -> taskKey.equals(t.taskKey()) && Objects.equals(actor.username(), t.assignee()))
                .filter(t -> taskId == null || taskId.equals(t.id()))
                .findFirst().orElse(null);
        if (task == null) {
            return back(caseId, redirect, "alert", messages.getMessage("escalationTask.notHeld", null, locale));
        }
        try {
            tasks.complete(actor, task.id(), body);
        } catch (InvalidInputException e) {
            String view = page.show(model, actor, detail, locale);
            showForm.accept(FormErrors.of(e.problems(), messages, locale));
            return view;
        } catch (RefusedException e) {
            // separation of duties: the page again, with the rule in the reader's language
            String view = page.show(model, actor, detail, locale);
            showForm.accept(FormErrors.none());
            model.addAttribute("alert", messages.getMessage(refused, null, locale));
            return view;
        } catch (ConflictException e) {
            return back(caseId, redirect, "alert", messages.getMessage("escalationTask.notHeld", null, locale));
        }
        return back(caseId, redirect, "notice", messages.getMessage(done, null, locale));
    }

    private static String back(UUID caseId, RedirectAttributes redirect, String kind, String message) {
        redirect.addFlashAttribute(kind, message);
        return "redirect:/cases/" + caseId;
    }
}
