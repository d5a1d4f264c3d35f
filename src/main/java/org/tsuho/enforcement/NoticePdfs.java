package org.tsuho.enforcement;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Prints a notice as a PDF: the XHTML template {@code enforcement/notice-pdf} rendered with the configured Japanese
 * TrueType font embedded, so the text in the PDF is extractable as the same characters.
 */
@Component
class NoticePdfs {

    static final String FONT_FAMILY = "NoticeFont";

    private final ITemplateEngine templates;
    private final NoticeFont font;

    NoticePdfs(ITemplateEngine templates, NoticeFont font) {
        this.templates = templates;
        this.font = font;
    }

    byte[] render(NoticeDocument document) {
        byte[] fontFile = font.bytes();
        Context context = new Context(Locale.JAPANESE);
        context.setVariable("notice", document);
        context.setVariable("fontFamily", FONT_FAMILY);
        String xhtml = templates.process("enforcement/notice-pdf", context);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> new ByteArrayInputStream(fontFile), FONT_FAMILY);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(pdf);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot print notice " + document.number(), e);
        }
        return pdf.toByteArray();
    }
}
