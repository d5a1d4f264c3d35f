package org.tsuho.reporting.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.tsuho.reporting.Tally;
import org.tsuho.reporting.TransparencyFigures;

/**
 * The transparency figures as a CSV file (RFC 4180, CRLF) in UTF-8 with a byte-order mark, so that spreadsheet
 * programs set to Japanese read it as UTF-8 rather than Shift_JIS. One line per figure: fiscal year, figure, item,
 * a stable code for machines, count.
 */
final class TransparencyCsv {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private TransparencyCsv() {
    }

    static byte[] write(TransparencyFigures figures, Labels labels) {
        StringBuilder csv = new StringBuilder();
        line(csv, labels.text("reporting.csv.fiscalYear"), labels.text("reporting.csv.figure"), labels.text("reporting.csv.item"),
                labels.text("reporting.csv.code"), labels.text("reporting.csv.count"));
        for (List<String> row : rows(figures, labels)) {
            line(csv, row.toArray(String[]::new));
        }
        byte[] text = csv.toString().getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, file, 0, BOM.length);
        System.arraycopy(text, 0, file, BOM.length, text.length);
        return file;
    }

    /** The figures as the page lists them: figure, item, code, count (the year is added by {@link #write}). */
    static List<List<String>> rows(TransparencyFigures f, Labels labels) {
        String year = Integer.toString(f.fiscalYear());
        List<List<String>> rows = new ArrayList<>();
        String reports = labels.text("reporting.figure.reports");
        rows.add(List.of(year, reports, labels.text("reporting.total"), "reports", Long.toString(f.reportsReceived())));
        for (Tally t : f.reportsByStage()) {
            rows.add(List.of(year, reports, labels.reportKind(t.key()), "reports." + t.key(), Long.toString(t.count())));
        }
        tallies(rows, year, labels.text("reporting.figure.referrals"), "referrals", f.referralsByAgency(), "target.", labels);
        tallies(rows, year, labels.text("reporting.figure.dispositions"), "dispositions", f.dispositions(), "disposition.", labels);
        String prosecution = labels.text("reporting.figure.prosecution");
        rows.add(List.of(year, prosecution, prosecution, "prosecution", Long.toString(f.referralsForProsecution())));
        String appeals = labels.text("reporting.figure.appeals");
        rows.add(List.of(year, appeals, appeals, "appeals", Long.toString(f.appealsFiled())));
        tallies(rows, year, labels.text("reporting.figure.rulings"), "rulings", f.rulings(), "appeal.ruling.", labels);
        return rows;
    }

    private static void tallies(List<List<String>> rows, String year, String figure, String code, List<Tally> tallies,
                                String prefix, Labels labels) {
        for (Tally t : tallies) {
            rows.add(List.of(year, figure, labels.text(prefix + t.key()), code + "." + t.key(), Long.toString(t.count())));
        }
    }

    private static void line(StringBuilder csv, String... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(quoted(fields[i]));
        }
        csv.append("\r\n");
    }

    /** Quotes a field that needs it (comma, quote, line break) and doubles its quotes. */
    static String quoted(String field) {
        if (field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r")) {
            return '"' + field.replace("\"", "\"\"") + '"';
        }
        return field;
    }
}
