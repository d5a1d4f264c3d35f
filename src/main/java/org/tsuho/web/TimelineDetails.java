package org.tsuho.web;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Shows a timeline entry's detail in the reader's language. Details are stored as codes and numbers
 * ({@code severity 2, RANSOMWARE, CLOSE}, {@code P-2026-000003 ORDER}, {@code triage}) so the legal record does not
 * depend on the wording of the day; this turns each code into its label and leaves numbers and anything unknown as
 * they are. Templates call it as {@code ${@timelineDetails.format(action, detail)}}.
 */
@Component("timelineDetails")
public class TimelineDetails {

    /** Message prefixes a code may belong to, most specific first. */
    private static final List<String> CODE_PREFIXES = List.of("decision.", "decisionValue.", "disposition.", "category.",
            "stage.", "failureType.", "proceedingStatus.", "appeal.ruling.", "noticeType.", "agency.", "feedback.",
            "notification.decision.", "timeline.code.");
    private static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z_]{2,}\\b");
    private static final Pattern SEVERITY = Pattern.compile("\\bseverity (\\d)\\b");

    private final MessageSource messages;

    TimelineDetails(MessageSource messages) {
        this.messages = messages;
    }

    public String format(String action, String detail) {
        if (detail == null) {
            return "";
        }
        Locale locale = LocaleContextHolder.getLocale();
        if (action != null && action.startsWith("TASK_")) {
            return label("task." + detail, locale, detail);
        }
        Matcher severity = SEVERITY.matcher(detail);
        StringBuilder out = new StringBuilder();
        while (severity.find()) {
            String level = severity.group(1);
            severity.appendReplacement(out, Matcher.quoteReplacement(
                    label("case.severity", locale, "severity") + " " + level + " " + label("severity." + level, locale, "")));
        }
        severity.appendTail(out);
        return CODE.matcher(out).replaceAll(code -> Matcher.quoteReplacement(code(code.group(), locale)));
    }

    private String code(String code, Locale locale) {
        for (String prefix : CODE_PREFIXES) {
            String label = label(prefix + code, locale, null);
            if (label != null) {
                return label;
            }
        }
        return code;
    }

    private String label(String key, Locale locale, String fallback) {
        try {
            return messages.getMessage(key, null, locale);
        } catch (NoSuchMessageException unknown) {
            return fallback;
        }
    }
}
