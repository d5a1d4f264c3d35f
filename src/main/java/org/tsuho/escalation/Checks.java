package org.tsuho.escalation;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.tsuho.platform.error.FieldProblem;

/** Field checks shared by the escalation bodies; each adds its problem and lets the caller report them all at once. */
final class Checks {

    static final int MAX_TEXT = 4000;
    static final int MAX_REFERENCE = 200;

    private Checks() {
    }

    /** A required text: stripped, or null with a problem added. */
    static String text(String field, String value, int max, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(FieldProblem.of(field, "error.required"));
            return null;
        }
        return optionalText(field, value, max, problems);
    }

    /** An optional text: stripped, null when blank. */
    static String optionalText(String field, String value, int max, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > max) {
            problems.add(FieldProblem.of(field, "error.length", 1, max));
        }
        return text;
    }

    static Boolean required(String field, Boolean value, List<FieldProblem> problems) {
        if (value == null) {
            problems.add(FieldProblem.of(field, "error.required"));
        }
        return value;
    }

    static <E extends Enum<E>> Optional<E> oneOf(String field, String value, Class<E> type, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(FieldProblem.of(field, "error.required"));
            return Optional.empty();
        }
        Optional<E> match = Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(value)).findFirst();
        if (match.isEmpty()) {
            problems.add(FieldProblem.of(field, "error.oneOf",
                    Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))));
        }
        return match;
    }
}
