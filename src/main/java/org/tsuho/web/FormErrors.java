package org.tsuho.web;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.tsuho.platform.error.FieldProblem;

/**
 * The field problems of a submitted form, resolved in the reader's language: shown beside each field and listed in
 * a summary at the top. Field names are the paths the services report ({@code indicators[3].value}); a field's
 * label comes from the bundles ({@code field.indicators.value}), with the row number for rows.
 */
public final class FormErrors {

    public record Entry(String field, String label, String message) {
    }

    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");
    private static final FormErrors NONE = new FormErrors(List.of());

    private final List<Entry> entries;

    private FormErrors(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    public static FormErrors none() {
        return NONE;
    }

    public static FormErrors of(List<FieldProblem> problems, MessageSource messages, Locale locale) {
        return new FormErrors(problems.stream()
                .map(p -> new Entry(p.field(), label(p.field(), messages, locale),
                        messages.getMessage(p.code(), p.args().toArray(), p.code(), locale)))
                .toList());
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    public List<Entry> all() {
        return entries;
    }

    /** Whether the field, or anything inside it ({@code indicators[0].value} is inside {@code indicators[0]}), is wrong. */
    public boolean has(String field) {
        return entries.stream().anyMatch(e -> within(e.field(), field));
    }

    public List<String> of(String field) {
        return entries.stream().filter(e -> within(e.field(), field)).map(Entry::message).toList();
    }

    private static boolean within(String problem, String field) {
        return problem.equals(field) || problem.startsWith(field + "[") || problem.startsWith(field + ".");
    }

    private static String label(String field, MessageSource messages, Locale locale) {
        String key = INDEX.matcher(field).replaceAll("");
        String label = messages.getMessage("field." + key, null, key, locale);
        Matcher index = INDEX.matcher(field);
        return index.find()
                ? messages.getMessage("field.row", new Object[] {label, Integer.parseInt(index.group(1)) + 1}, locale)
                : label;
    }
}
