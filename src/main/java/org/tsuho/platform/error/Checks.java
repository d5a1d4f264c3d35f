package org.tsuho.platform.error;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.function.Function;

/**
 * Field checks for request bodies and forms. Each check adds its problem to the caller's list and returns what it
 * could read, so the caller reports every invalid field at once.
 */
public final class Checks {

    /** The usual limit of a staff note or rationale. */
    public static final int MAX_TEXT = 4000;

    private Checks() {
    }

    /** A required text: stripped, or null with a problem added. */
    public static String text(String field, String value, int max, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(FieldProblem.of(field, "error.required"));
            return null;
        }
        return optionalText(field, value, max, problems);
    }

    /** An optional text: stripped, null when blank. */
    public static String optionalText(String field, String value, int max, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > max) {
            problems.add(FieldProblem.of(field, "error.length", 1, max));
        }
        return text;
    }

    public static Boolean required(String field, Boolean value, List<FieldProblem> problems) {
        if (value == null) {
            problems.add(FieldProblem.of(field, "error.required"));
        }
        return value;
    }

    /** A required choice among an enum's names. */
    public static <E extends Enum<E>> Optional<E> oneOf(String field, String value, Class<E> type, List<FieldProblem> problems) {
        return oneOf(field, value, type, Enum::name, problems);
    }

    /** A required choice among an enum's labels (for values such as {@code AMBER+STRICT} or {@code ipv4-addr}). */
    public static <E extends Enum<E>> Optional<E> oneOf(String field, String value, Class<E> type, Function<E, String> label,
                                                        List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(FieldProblem.of(field, "error.required"));
            return Optional.empty();
        }
        Optional<E> match = Arrays.stream(type.getEnumConstants()).filter(e -> label.apply(e).equals(value)).findFirst();
        if (match.isEmpty()) {
            problems.add(FieldProblem.of(field, "error.oneOf",
                    Arrays.stream(type.getEnumConstants()).map(label).collect(Collectors.joining(", "))));
        }
        return match;
    }

    /** A required, non-empty list of choices among an enum's names, without repeats. */
    public static <E extends Enum<E>> List<E> listOf(String field, List<String> values, Class<E> type, List<FieldProblem> problems) {
        if (values == null || values.isEmpty()) {
            problems.add(FieldProblem.of(field, "error.required"));
            return List.of();
        }
        List<E> result = new java.util.ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            oneOf(field + "[" + i + "]", values.get(i), type, problems).filter(e -> !result.contains(e)).ifPresent(result::add);
        }
        return result;
    }
}
