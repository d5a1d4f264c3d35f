package org.tsuho.escalation.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tsuho.escalation.FeedbackType;
import org.tsuho.escalation.ReferralDesk;
import org.tsuho.escalation.ReferralState;
import org.tsuho.escalation.ReferralStatus;
import org.tsuho.escalation.ReferralSummary;
import org.tsuho.identity.Actor;
import org.tsuho.platform.error.ConflictException;
import org.tsuho.platform.error.InvalidInputException;
import org.tsuho.platform.paging.Page;
import org.tsuho.registry.Operators;
import org.tsuho.registry.Sector;
import org.tsuho.web.FormErrors;

/**
 * The liaisons' portal: their agency's referrals, each with its minimised package, the STIX download, the
 * acknowledgement and the feedback. Showing a package is a disclosure (the desk logs it); another agency's referral
 * is the "not found" page.
 */
@Controller
@RequestMapping("/referrals")
class ReferralScreenController {

    static final int PAGE_SIZE = 50;
    static final String VIEW = "escalation/referral";

    private final ReferralDesk desk;
    private final Operators operators;
    private final MessageSource messages;

    ReferralScreenController(ReferralDesk desk, Operators operators, MessageSource messages) {
        this.desk = desk;
        this.operators = operators;
        this.messages = messages;
    }

    @GetMapping
    String list(Actor actor, @RequestParam(required = false) String cursor, Model model) {
        Page<ReferralSummary> page = desk.list(actor, PAGE_SIZE, cursor);
        model.addAttribute("referrals", page.items());
        model.addAttribute("nextCursor", page.nextCursor());
        return "escalation/referrals";
    }

    @GetMapping("/{id}")
    String show(Actor actor, @PathVariable UUID id, Locale locale, Model model) {
        return page(actor, id, locale, model);
    }

    /** From an acknowledgement task in the inbox to its referral. */
    @GetMapping("/tasks/{taskId}")
    String ofTask(Actor actor, @PathVariable String taskId) {
        return "redirect:/referrals/" + desk.referralOfTask(actor, taskId);
    }

    /** The STIX 2.1 bundle as a file to save; a disclosure like the page. */
    @GetMapping("/{id}/stix")
    ResponseEntity<ObjectNode> stix(Actor actor, @PathVariable UUID id) {
        ReferralState referral = desk.state(actor, id);
        ObjectNode bundle = desk.stix(actor, id);
        String file = referral.caseNumber() + "-" + referral.agency() + ".stix.json";
        return ResponseEntity.ok()
                .contentType(ReferralApiController.STIX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file).build().toString())
                .body(bundle);
    }

    /** Takes the acknowledgement task if nobody holds it, and completes it, in one step. */
    @PostMapping("/{id}/acknowledgement")
    String acknowledge(Actor actor, @PathVariable UUID id, @ModelAttribute("acknowledgement") AcknowledgementForm form,
                       Locale locale, Model model, RedirectAttributes redirect) {
        try {
            desk.acknowledge(actor, id, form.toAcknowledgement());
        } catch (InvalidInputException e) {
            String view = page(actor, id, locale, model);
            model.addAttribute("acknowledgement", form);
            model.addAttribute("acknowledgementErrors", FormErrors.of(e.problems(), messages, locale));
            return view;
        } catch (ConflictException e) {
            return back(id, redirect, "alert", messages.getMessage("referral.acknowledgementGone", null, locale));
        }
        return back(id, redirect, "notice", messages.getMessage("referral.acknowledged", null, locale));
    }

    @PostMapping("/{id}/feedback")
    String feedback(Actor actor, @PathVariable UUID id, @ModelAttribute("feedback") FeedbackForm form, Locale locale, Model model,
                    RedirectAttributes redirect) {
        try {
            desk.feedback(actor, id, form.toInput());
        } catch (InvalidInputException e) {
            String view = page(actor, id, locale, model);
            model.addAttribute("feedback", form);
            model.addAttribute("feedbackErrors", FormErrors.of(e.problems(), messages, locale));
            return view;
        } catch (ConflictException e) {
            return back(id, redirect, "alert", messages.getMessage("referral.feedbackClosed", null, locale));
        }
        return back(id, redirect, "notice", messages.getMessage("referral.feedbackRecorded",
                new Object[] {messages.getMessage("feedback." + form.type(), null, form.type(), locale)}, locale));
    }

    /** A withdrawn referral's package is no longer delivered; the page says so instead. */
    private String page(Actor actor, UUID id, Locale locale, Model model) {
        ReferralState referral = desk.state(actor, id);
        model.addAttribute("referral", referral);
        model.addAttribute("pkg", referral.status() == ReferralStatus.WITHDRAWN ? null : desk.open(actor, id));
        model.addAttribute("acknowledgementTask", desk.acknowledgementTask(actor, id).orElse(null));
        model.addAttribute("username", actor.username());
        model.addAttribute("sectors", sectorNames(locale));
        model.addAttribute("feedbackTypes", FeedbackType.values());
        model.addAttribute("acknowledgement", AcknowledgementForm.fresh());
        model.addAttribute("acknowledgementErrors", FormErrors.none());
        model.addAttribute("feedback", FeedbackForm.fresh());
        model.addAttribute("feedbackErrors", FormErrors.none());
        return VIEW;
    }

    private Map<String, String> sectorNames(Locale locale) {
        return operators.sectors().stream().collect(Collectors.toMap(Sector::code, s -> s.name(locale)));
    }

    private static String back(UUID id, RedirectAttributes redirect, String kind, String message) {
        redirect.addFlashAttribute(kind, message);
        return "redirect:/referrals/" + id;
    }
}
