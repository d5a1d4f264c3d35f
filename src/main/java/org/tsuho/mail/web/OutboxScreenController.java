package org.tsuho.mail.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tsuho.identity.Actor;
import org.tsuho.mail.MailOutbox;
import org.tsuho.mail.MailStatus;
import org.tsuho.mail.OutboxAdministration;

/** The administrator's view of the mail outbox: how much waits, what failed and why, and sending a failed mail again. */
@Controller
@RequestMapping("/admin/outbox")
class OutboxScreenController {

    static final int SHOWN = 50;

    private final MailOutbox outbox;
    private final OutboxAdministration administration;
    private final MessageSource messages;

    OutboxScreenController(MailOutbox outbox, OutboxAdministration administration, MessageSource messages) {
        this.outbox = outbox;
        this.administration = administration;
        this.messages = messages;
    }

    @GetMapping
    String show(Model model) {
        model.addAttribute("counts", Arrays.stream(MailStatus.values())
                .collect(Collectors.toMap(Enum::name, outbox::count, (a, b) -> a, LinkedHashMap::new)));
        model.addAttribute("failed", outbox.withStatus(MailStatus.FAILED, SHOWN));
        model.addAttribute("pending", outbox.withStatus(MailStatus.PENDING, SHOWN));
        return "mail/outbox";
    }

    @PostMapping("/{id}/retry")
    String retry(Actor actor, @PathVariable UUID id, Locale locale, RedirectAttributes redirect) {
        boolean again = administration.retry(actor, id);
        redirect.addFlashAttribute(again ? "notice" : "alert",
                messages.getMessage(again ? "mail.outbox.retried" : "mail.outbox.notFailed", null, locale));
        return "redirect:/admin/outbox";
    }
}
