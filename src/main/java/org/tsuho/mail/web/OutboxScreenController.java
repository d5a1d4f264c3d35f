package org.tsuho.mail.web;

import java.time.Clock;
import java.util.Arrays;
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
import org.tsuho.mail.MailOutbox;
import org.tsuho.mail.MailStatus;

/** The administrator's view of the mail outbox: how much waits, what failed and why, and sending a failed mail again. */
@Controller
@RequestMapping("/admin/outbox")
class OutboxScreenController {

    static final int SHOWN = 50;

    private final MailOutbox outbox;
    private final MessageSource messages;
    private final Clock clock;

    OutboxScreenController(MailOutbox outbox, MessageSource messages, Clock clock) {
        this.outbox = outbox;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String show(Model model) {
        model.addAttribute("counts", Arrays.stream(MailStatus.values())
                .collect(Collectors.toMap(Enum::name, outbox::count, (a, b) -> a, java.util.LinkedHashMap::new)));
        model.addAttribute("failed", outbox.withStatus(MailStatus.FAILED, SHOWN));
        model.addAttribute("pending", outbox.withStatus(MailStatus.PENDING, SHOWN));
        return "mail/outbox";
    }

    @PostMapping("/{id}/retry")
    String retry(@PathVariable UUID id, Locale locale, RedirectAttributes redirect) {
        boolean again = outbox.retry(id, clock.instant());
        redirect.addFlashAttribute(again ? "notice" : "alert",
                messages.getMessage(again ? "mail.outbox.retried" : "mail.outbox.notFailed", null, locale));
        return "redirect:/admin/outbox";
    }
}
