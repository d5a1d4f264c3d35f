package org.tsuho.enforcement;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
    private static final Logger log = LoggerFactory.getLogger(NoticePdfs.class);

    private final ITemplateEngine templates;
    private final Path font;

    NoticePdfs(ITemplateEngine templates, EnforcementSettings settings) {
        this.templates = templates;
        this.font = settings.pdfFont();
        if (!readable(font)) {
            log.warn(missingFont());
        }
    }

    byte[] render(NoticeDocument document) {
        if (!readable(font)) {
            throw new IllegalStateException(missingFont());
        }
        Context context = new Context(Locale.JAPANESE);
        context.setVariable("notice", document);
        context.setVariable("fontFamily", FONT_FAMILY);
        String xhtml = templates.process("enforcement/notice-pdf", context);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(font.toFile(), FONT_FAMILY);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(pdf);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot print notice " + document.number(), e);
        }
        return pdf.toByteArray();
    }

    private static boolean readable(Path font) {
        return font != null && Files.isReadable(font);
    }

    private String missingFont() {
        return "The Japanese font for notice PDFs is missing: " + font + ". Install the Debian package fonts-ipaexfont, "
                + "or set tsuho.enforcement.pdf-font to a Japanese TrueType font.";
    }
}
