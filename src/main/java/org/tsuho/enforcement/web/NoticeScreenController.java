package org.tsuho.enforcement.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tsuho.enforcement.Explanations;
import org.tsuho.enforcement.NoticeView;
import org.tsuho.enforcement.NoticeViews;
import org.tsuho.identity.Actor;
import org.tsuho.platform.error.ConflictException;
import org.tsuho.platform.error.InvalidInputException;
import org.tsuho.platform.error.NotFoundException;
import org.tsuho.platform.paging.Cursor;
import org.tsuho.web.FormErrors;

/**
 * A company's screens for the notices served on it: the list with their deadlines, one notice with its text, its PDF
 * and the form for the written explanation (弁明書). Whatever the form's outcome, back to the notice (POST-redirect-GET).
 */
@Controller
@RequestMapping("/company/notices")
class NoticeScreenController {

    static final int PAGE_SIZE = 50;

    private final NoticeViews views;
    private final Explanations explanations;
    private final MessageSource messages;

    NoticeScreenController(NoticeViews views, Explanations explanations, MessageSource messages) {
        this.views = views;
        this.explanations = explanations;
        this.messages = messages;
    }

    @GetMapping
    String list(Actor actor, @RequestParam(required = false) String cursor, Model model) {
        Cursor after = Cursor.decode(cursor);
        List<NoticeView> rows = views.list(actor, after == null ? null : after.at(), after == null ? null : id(after.id()), PAGE_SIZE + 1);
        String next = null;
        if (rows.size() > PAGE_SIZE) {
            rows = rows.subList(0, PAGE_SIZE);
            NoticeView last = rows.get(PAGE_SIZE - 1);
            next = new Cursor(last.issuedAt(), last.id().toString()).encode();
        }
        model.addAttribute("notices", rows);
        model.addAttribute("nextCursor", next);
        return "enforcement/notices";
    }

    @GetMapping("/{id}")
    String show(Actor actor, @PathVariable UUID id, Model model) {
        model.addAttribute("servedNotice", views.get(actor, id));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", FormErrors.none());
        }
        return "enforcement/notice";
    }

    @GetMapping("/{id}/pdf")
    ResponseEntity<byte[]> pdf(Actor actor, @PathVariable UUID id) {
        NoticeViews.Pdf pdf = views.pdf(actor, id);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(pdf.fileName()).build().toString())
                .contentType(MediaType.APPLICATION_PDF)
                .body(pdf.content());
    }

    @PostMapping("/{id}/explanation")
    String explain(Actor actor, @PathVariable UUID id, @RequestParam(required = false) String text, Locale locale,
                   RedirectAttributes redirect) {
        try {
            explanations.submit(actor, id, text);
            redirect.addFlashAttribute("notice", messages.getMessage("explanation.submitted", null, locale));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("explanationDraft", text);
            redirect.addFlashAttribute("errors", FormErrors.of(e.problems(), messages, locale));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("alert", messages.getMessage("explanation.closed", null, locale));
        }
        return "redirect:/company/notices/" + id;
    }

    private static UUID id(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("notice");
        }
    }
}
