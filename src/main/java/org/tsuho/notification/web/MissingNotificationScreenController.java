package org.tsuho.notification.web;

import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tsuho.enforcement.Proceedings;
import org.tsuho.identity.Actor;
import org.tsuho.notification.MissingNotificationProceedings;
import org.tsuho.platform.error.ConflictException;
import org.tsuho.platform.error.InvalidInputException;

/** The case page's one-step button: a case worker opens a proceeding for the case's missing notification. */
@Controller
class MissingNotificationScreenController {

    private final MissingNotificationProceedings proceedings;
    private final MessageSource messages;

    MissingNotificationScreenController(MissingNotificationProceedings proceedings, MessageSource messages) {
        this.proceedings = proceedings;
        this.messages = messages;
    }

    @PostMapping("/cases/{id}/missing-notification-proceeding")
    String open(Actor actor, @PathVariable UUID id, Locale locale, RedirectAttributes redirect) {
        try {
            Proceedings.Opened opened = proceedings.request(actor, id, null);
            redirect.addFlashAttribute("notice", messages.getMessage("case.proceedingRequestedNotice",
                    new Object[] {opened.proceeding().number()}, locale));
        } catch (ConflictException | InvalidInputException e) {
            // Voluntary, not flagged, already in a proceeding, or an operator no longer designated.
            redirect.addFlashAttribute("alert", messages.getMessage("case.proceedingNotPossible", null, locale));
        }
        return "redirect:/cases/" + id;
    }
}
