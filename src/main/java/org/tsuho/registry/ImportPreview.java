package org.tsuho.registry;

import java.util.ArrayList;
import java.util.List;
import org.tsuho.platform.error.FieldProblem;

/**
 * What importing a designation list would do (dry run) or did: each row's action, and its problems by field.
 * A file with any problem is not imported at all.
 *
 * @param encoding     the encoding the file was read in (UTF-8 or Shift_JIS)
 * @param fileProblems problems of the file as a whole (empty, missing columns, broken quoting)
 */
public record ImportPreview(String encoding, List<FieldProblem> fileProblems, List<Row> rows) {

    public ImportPreview {
        fileProblems = List.copyOf(fileProblems);
        rows = List.copyOf(rows);
    }

    public enum Action {
        CREATE, UPDATE, UNCHANGED, REJECTED
    }

    /**
     * @param line          the line of the file the row starts on (the header is line 1)
     * @param changedFields for UPDATE, the fields that change
     */
    public record Row(int line, String corporateNumber, String nameJa, Action action, List<String> changedFields,
                      List<FieldProblem> problems) {

        public Row {
            changedFields = List.copyOf(changedFields);
            problems = List.copyOf(problems);
        }
    }

    public long count(Action action) {
        return rows.stream().filter(r -> r.action() == action).count();
    }

    /** Whether the file can be imported: no problem anywhere. */
    public boolean importable() {
        return fileProblems.isEmpty() && count(Action.REJECTED) == 0;
    }

    /** Every problem, rows' fields named {@code rows[line].field}, for an API answer. */
    public List<FieldProblem> allProblems() {
        List<FieldProblem> all = new ArrayList<>(fileProblems);
        rows.forEach(r -> r.problems().forEach(p ->
                all.add(new FieldProblem("rows[" + r.line() + "]." + p.field(), p.code(), p.args()))));
        return all;
    }
}
