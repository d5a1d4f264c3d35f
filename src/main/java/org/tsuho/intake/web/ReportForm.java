package org.tsuho.intake.web;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.util.MultiValueMap;
import org.tsuho.intake.ReportSubmission;
import org.tsuho.platform.error.FieldProblem;
import org.tsuho.web.JapanTime;

/**
 * The "file a report" form as posted. Times come from {@code datetime-local} inputs, which carry no zone: they are
 * Japan time. Affected systems are one per line; indicators are table rows (in the order of their numbers), of which
 * blank ones are ignored.
 *
 * @param submissionKey made when the blank form is shown and sent as the Idempotency-Key, so a double click or a
 *                      resent form files one report, not two
 */
record ReportForm(String submissionKey, String kind, String stage, String relatesTo, String category, String title,
                  String summary, String awareAt, String occurredAt, String introducedOn, String affectedSystems,
                  List<IndicatorRow> indicators, String tlp, boolean shareConsent, String contactName, String contactEmail,
                  String contactPhone) {

    record IndicatorRow(String type, String value) {
        boolean blank() {
            return (type == null || type.isBlank()) && (value == null || value.isBlank());
        }
    }

    /** The form shows at least this many indicator rows (more come with the "add row" button). */
    static final int MIN_ROWS = 3;
    private static final Pattern INDICATOR = Pattern.compile("^indicators\\[(\\d+)]");
    private static final Pattern ROW_FIELD = Pattern.compile("indicators\\[(\\d{1,5})]\\.(type|value)");

    /**
     * Reads the posted form. Read here rather than by data binding: rows are named {@code indicators[i].type}, and a
     * tampered index (too large, not a number) must be bad input the validator names, not a failure of the binder.
     */
    static ReportForm from(MultiValueMap<String, String> form) {
        SortedMap<Integer, String[]> rows = new TreeMap<>();
        form.forEach((name, values) -> {
            Matcher m = ROW_FIELD.matcher(name);
            if (m.matches()) {
                String[] row = rows.computeIfAbsent(Integer.valueOf(m.group(1)), i -> new String[2]);
                row[m.group(2).equals("type") ? 0 : 1] = values.get(0);
            }
        });
        return new ReportForm(form.getFirst("submissionKey"), form.getFirst("kind"), form.getFirst("stage"),
                form.getFirst("relatesTo"), form.getFirst("category"), form.getFirst("title"), form.getFirst("summary"),
                form.getFirst("awareAt"), form.getFirst("occurredAt"), form.getFirst("introducedOn"),
                form.getFirst("affectedSystems"), rows.values().stream().map(r -> new IndicatorRow(r[0], r[1])).toList(),
                form.getFirst("tlp"), "true".equals(form.getFirst("shareConsent")), form.getFirst("contactName"),
                form.getFirst("contactEmail"), form.getFirst("contactPhone"));
    }

    static ReportForm blank() {
        return new ReportForm(UUID.randomUUID().toString(), "INCIDENT", "FLASH", null, null, null, null, null, null, null, null,
                List.of(), "AMBER", false, null, null, null).withSpareRows();
    }

    /** The same form with blank rows added at the end (never removed, so error rows keep their place). */
    ReportForm withSpareRows() {
        List<IndicatorRow> rows = new ArrayList<>(indicators);
        while (rows.size() < MIN_ROWS) {
            rows.add(new IndicatorRow(null, null));
        }
        return new ReportForm(submissionKey, kind, stage, relatesTo, category, title, summary, awareAt, occurredAt,
                introducedOn, affectedSystems, rows, tlp, shareConsent, contactName, contactEmail, contactPhone);
    }

    /** The form as the submission the API would receive, and where each of its indicators sits in the form. */
    Prepared prepare() {
        List<ReportSubmission.IndicatorInput> inputs = new ArrayList<>();
        List<Integer> rowOf = new ArrayList<>();
        for (int row = 0; row < indicators.size(); row++) {
            IndicatorRow r = indicators.get(row);
            if (!r.blank()) {
                inputs.add(new ReportSubmission.IndicatorInput(r.type(), r.value()));
                rowOf.add(row);
            }
        }
        List<String> systems = affectedSystems == null ? List.of() : Arrays.stream(affectedSystems.split("\\R"))
                .filter(line -> !line.isBlank()).toList();
        ReportSubmission submission = new ReportSubmission(kind, stage, relatesTo, category, title, summary,
                japanTime(awareAt), japanTime(occurredAt), introducedOn, systems, inputs, tlp, shareConsent,
                new ReportSubmission.ContactInput(contactName, contactEmail, contactPhone));
        return new Prepared(submission, rowOf);
    }

    record Prepared(ReportSubmission submission, List<Integer> rowOf) {

        /** Renames {@code indicators[i]} problems to the form row the i-th indicator came from. */
        List<FieldProblem> onFormRows(List<FieldProblem> problems) {
            return problems.stream().map(p -> {
                Matcher m = INDICATOR.matcher(p.field());
                if (!m.find()) {
                    return p;
                }
                int row = rowOf.get(Integer.parseInt(m.group(1)));
                return new FieldProblem(m.replaceFirst("indicators[" + row + "]"), p.code(), p.args());
            }).toList();
        }
    }

    /** A {@code datetime-local} value as an instant with Japan's offset; anything else is left for the validator to name. */
    static String japanTime(String local) {
        if (local == null || local.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(local.strip()).atZone(JapanTime.ZONE).toOffsetDateTime().toString();
        } catch (DateTimeParseException e) {
            return local;
        }
    }
}
