package org.tsuho.reporting.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tsuho.reporting.Transparency;
import org.tsuho.reporting.TransparencyFigures;

/** {@code /oversight/transparency}: one fiscal year's transparency figures, as a page and as a CSV file. */
@Controller
class TransparencyController {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final Transparency transparency;
    private final MessageSource messages;

    TransparencyController(Transparency transparency, MessageSource messages) {
        this.transparency = transparency;
        this.messages = messages;
    }

    @GetMapping("/oversight/transparency")
    String page(@RequestParam(required = false) Integer year, Locale locale, Model model) {
        TransparencyFigures figures = transparency.of(year == null ? transparency.currentFiscalYear() : year);
        Labels labels = new Labels(messages, locale);
        model.addAttribute("figures", figures);
        model.addAttribute("rows", TransparencyCsv.rows(figures, labels));
        model.addAttribute("currentYear", transparency.currentFiscalYear());
        return "reporting/transparency";
    }

    @GetMapping("/oversight/transparency.csv")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) Integer year, Locale locale) {
        TransparencyFigures figures = transparency.of(year == null ? transparency.currentFiscalYear() : year);
        ContentDisposition attachment = ContentDisposition.attachment()
                .filename("transparency-FY" + figures.fiscalYear() + ".csv").build();
        return ResponseEntity.ok()
                .contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment.toString())
                .body(TransparencyCsv.write(figures, new Labels(messages, locale)));
    }
}
