package org.tsuho.reporting.web;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.tsuho.identity.Role;
import org.tsuho.reporting.persistence.IntakeStatistics.SectorCount;

/** The names the charts and the CSV file give to codes, in the reader's language. */
public final class Labels {

    private final MessageSource messages;
    private final Locale locale;

    Labels(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    public String text(String code, Object... args) {
        return messages.getMessage(code, args, code, locale);
    }

    /** A queue is named after the role whose candidate group it is. */
    public String queue(String group) {
        return Role.ofGroup(group).map(r -> text("role." + r.name())).orElse(group);
    }

    public String sector(SectorCount sector) {
        return "ja".equals(locale.getLanguage()) ? sector.nameJa() : sector.nameEn();
    }

    /** A report's stage, or its kind when it has none. */
    public String reportKind(String key) {
        return messages.getMessage("stage." + key, null, null, locale) != null ? text("stage." + key) : text("kind." + key);
    }

    /** The share of {@code part} in {@code whole} as a percentage with one decimal, or a dash when there is no whole. */
    public String percent(long part, long whole) {
        return whole == 0 ? "—" : String.format(locale, "%.1f%%", 100.0 * part / whole);
    }
}
