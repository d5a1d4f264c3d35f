package org.tsuho.platform.error;

import java.util.List;

/** Input that breaks the contract; carries every invalid field at once, not just the first. */
public class InvalidInputException extends RuntimeException {
    private final List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super(problems.size() + " invalid field(s)");
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(String field, String code, Object... args) {
        this(List.of(FieldProblem.of(field, code, args)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
