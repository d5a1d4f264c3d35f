package org.tsuho.platform.error;

import java.util.List;

/**
 * One invalid input field: its path in the request ({@code indicators[2].value}) or form, a message code of the
 * bundles ({@code error.required}) and the code's arguments. The text is resolved at the edge, in the reader's
 * language.
 */
public record FieldProblem(String field, String code, List<Object> args) {

    public FieldProblem {
        args = List.copyOf(args);
    }

    public static FieldProblem of(String field, String code, Object... args) {
        return new FieldProblem(field, code, List.of(args));
    }
}
