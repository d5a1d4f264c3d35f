package org.tsuho.intake.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tsuho.identity.Actor;
import org.tsuho.deadline.Stage;
import org.tsuho.intake.Category;
import org.tsuho.intake.IndicatorType;
import org.tsuho.intake.Intake;
import org.tsuho.intake.ReportKind;
import org.tsuho.intake.ReportView;
import org.tsuho.intake.ReportViews;
import org.tsuho.intake.Tlp;
import org.tsuho.platform.error.InvalidInputException;
import org.tsuho.platform.error.UnprocessableException;
import org.tsuho.platform.paging.Cursor;
import org.tsuho.web.FormErrors;

/** A company's screens: its reports, filing a new one, and one report with its deadlines and requests. */
@Controller
@RequestMapping("/company/reports")
class ReportScreenController {

    static final int PAGE_SIZE = 50;

    private final Intake intake;
    private final ReportViews views;
    private final MessageSource messages;

    ReportScreenController(Intake intake, ReportViews views, MessageSource messages) {
        this.intake = intake;
        this.views = views;
        this.messages = messages;
    }

    @ModelAttribute("kinds")
    ReportKind[] kinds() {
        return ReportKind.values();
    }

    @ModelAttribute("stages")
    Stage[] stages() {
        return Stage.values();
    }

    @ModelAttribute("categories")
    Category[] categories() {
        return Category.values();
    }

    @ModelAttribute("indicatorTypes")
    List<String> indicatorTypes() {
        return Arrays.stream(IndicatorType.values()).map(IndicatorType::label).toList();
    }

    @ModelAttribute("tlps")
    List<String> tlps() {
        return Arrays.stream(Tlp.values()).map(Tlp::label).toList();
    }

    @GetMapping
    String list(Actor actor, @RequestParam(required = false) String cursor, Model model) {
        Cursor after = Cursor.decode(cursor);
        List<ReportView> rows = views.ofCompany(actor, after == null ? null : after.at(), after == null ? null : uuid(after.id()),
                PAGE_SIZE + 1);
        String next = null;
        if (rows.size() > PAGE_SIZE) {
            rows = rows.subList(0, PAGE_SIZE);
            ReportView last = rows.get(PAGE_SIZE - 1);
            next = new Cursor(last.submittedAt(), last.id().toString()).encode();
        }
        model.addAttribute("reports", rows);
        model.addAttribute("nextCursor", next);
        return "intake/reports";
    }

    @GetMapping("/new")
    String blank(Model model) {
        model.addAttribute("form", ReportForm.blank());
        model.addAttribute("errors", FormErrors.none());
        return "intake/report-form";
    }

    @PostMapping
    String submit(Actor actor, @RequestParam MultiValueMap<String, String> posted, Locale locale, Model model,
                  RedirectAttributes redirect) {
        ReportForm form = ReportForm.from(posted);
        ReportForm.Prepared prepared = form.prepare();
        try {
            ReportView filed = intake.submit(actor, prepared.submission(), idempotencyKey(form.submissionKey()),
                    digest(prepared.submission().toString())).report();
            redirect.addFlashAttribute("notice", messages.getMessage("report.filed", new Object[] {filed.receiptNumber()}, locale));
            return "redirect:/company/reports/" + filed.id();
        } catch (InvalidInputException e) {
            model.addAttribute("form", form.withSpareRows());
            model.addAttribute("errors", FormErrors.of(prepared.onFormRows(e.problems()), messages, locale));
            return "intake/report-form";
        } catch (UnprocessableException e) {
            // The same form was already filed and then changed: the first filing stands.
            redirect.addFlashAttribute("alert", messages.getMessage("report.alreadyFiled", null, locale));
            return "redirect:/company/reports";
        }
    }

    @GetMapping("/{id}")
    String show(Actor actor, @PathVariable UUID id, Model model) {
        model.addAttribute("report", views.get(actor, id));
        return "intake/report";
    }

    /** Only keys this screen made: anything else (a tampered form) files without one. */
    private static String idempotencyKey(String submissionKey) {
        try {
            return submissionKey == null ? null : UUID.fromString(submissionKey).toString();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("cursor", "error.cursor");
        }
    }

    private static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
