package org.tsuho.mail;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Writes mails from plain-text Thymeleaf templates, one per mail and language: {@code templates/mail/<lang>/<name>.txt}
 * (Japanese and English; any other language gets the Japanese one). The template's first line is the subject, the
 * rest after a blank line the body. A template engine of its own, so the screens' HTML resolver never sees these.
 */
@Component
class MailTemplates {

    static final Locale JAPANESE = Locale.JAPANESE;
    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    private static final DateTimeFormatter JA_TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 H:mm（日本時間）");
    private static final DateTimeFormatter EN_TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'Japan time'", Locale.ENGLISH);

    /** A written mail. */
    record Written(String subject, String body) {
    }

    private final SpringTemplateEngine engine = new SpringTemplateEngine();

    MailTemplates() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/mail/");
        resolver.setSuffix(".txt");
        resolver.setTemplateMode(TemplateMode.TEXT);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        engine.setTemplateResolver(resolver);
    }

    Written write(String template, Locale locale, Map<String, Object> variables) {
        Locale language = languageOf(locale);
        Context context = new Context(language, variables);
        String text = engine.process(language.getLanguage() + "/" + template, context).replace("\r\n", "\n");
        int end = text.indexOf('\n');
        if (end < 0) {
            throw new IllegalStateException("mail template " + template + " has no body");
        }
        return new Written(text.substring(0, end).strip(), text.substring(end + 1).strip() + "\n");
    }

    /** Japanese or English: the languages the templates are written in. */
    static Locale languageOf(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : JAPANESE;
    }

    static String time(Instant instant, Locale locale) {
        if (instant == null) {
            return "";
        }
        return (languageOf(locale) == JAPANESE ? JA_TIME : EN_TIME).format(instant.atZone(JAPAN));
    }
}
