package org.tsuho.reporting.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A bar chart drawn as SVG on the server, without script: the geometry is worked out here, the template
 * ({@code reporting/chart}) only writes the elements. Colours come from CSS classes ({@code series-0}…), since the
 * screens' CSP forbids style attributes. Each bar carries a {@code <title>} for the tooltip on hover.
 *
 * @param bars   the rectangles; an empty chart has none
 * @param labels category names, values and axis labels
 * @param legend the series' names, when there is more than one
 */
record Chart(int width, int height, List<Bar> bars, List<Label> labels, List<String> legend) {

    /** One category of a chart: its name and one value per series. */
    record Row(String label, List<Long> values) {

        static Row of(String label, long value) {
            return new Row(label, List.of(value));
        }

        long total() {
            return values.stream().mapToLong(Long::longValue).sum();
        }
    }

    record Bar(String x, String y, String width, String height, String cssClass, String title) {
    }

    record Label(String x, String y, String text, String anchor, String cssClass) {
    }

    static final int WIDTH = 520;
    private static final int LABEL_WIDTH = 170;
    private static final int ROW_HEIGHT = 26;
    private static final int BAR_HEIGHT = 16;
    private static final int VALUE_ROOM = 48;
    private static final int COLUMN_PLOT_HEIGHT = 150;
    private static final int COLUMN_TOP = 16;
    private static final int COLUMN_AXIS = 22;
    /** Room left and right of the columns for the first and last category's names, centred under their columns. */
    private static final int COLUMN_PAD = 18;

    public boolean empty() {
        return bars.isEmpty();
    }

    /**
     * One row per category, bars growing right, series stacked in order; the row's total is written after its bar.
     *
     * @param series the series' names (for tooltips and the legend); one name for a single series
     */
    static Chart horizontal(List<Row> rows, List<String> series) {
        long max = Math.max(1, rows.stream().mapToLong(Row::total).max().orElse(0));
        double scale = (double) (WIDTH - LABEL_WIDTH - VALUE_ROOM) / max;
        List<Bar> bars = new ArrayList<>();
        List<Label> labels = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            int top = 4 + i * ROW_HEIGHT;
            double x = LABEL_WIDTH;
            labels.add(new Label(num(LABEL_WIDTH - 8), num(top + 12.5), row.label(), "end", "chart-category"));
            for (int s = 0; s < row.values().size(); s++) {
                long value = row.values().get(s);
                if (value > 0) {
                    double width = value * scale;
                    bars.add(new Bar(num(x), num(top), num(width), num(BAR_HEIGHT), "series-" + s,
                            title(row.label(), series.size() > 1 ? series.get(s) : null, value)));
                    x += width;
                }
            }
            labels.add(new Label(num(x + 6), num(top + 12.5), Long.toString(row.total()), "start", "chart-value"));
        }
        boolean any = rows.stream().anyMatch(r -> r.total() > 0);
        return new Chart(WIDTH, 8 + rows.size() * ROW_HEIGHT, any ? bars : List.of(), labels,
                series.size() > 1 ? series : List.of());
    }

    /** One column per category (a single series), left to right; the last and every {@code labelEvery}th before it are named below. */
    static Chart columns(List<Row> rows, int labelEvery) {
        long max = Math.max(1, rows.stream().mapToLong(Row::total).max().orElse(0));
        double slot = (double) WIDTH / Math.max(1, rows.size());
        double scale = (double) COLUMN_PLOT_HEIGHT / max;
        int baseline = COLUMN_TOP + COLUMN_PLOT_HEIGHT;
        List<Bar> bars = new ArrayList<>();
        List<Label> labels = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            double centre = COLUMN_PAD + slot * i + slot / 2;
            long value = row.total();
            if (value > 0) {
                double height = value * scale;
                bars.add(new Bar(num(COLUMN_PAD + slot * i + slot * .15), num(baseline - height), num(slot * .7), num(height), "series-0",
                        title(row.label(), null, value)));
                labels.add(new Label(num(centre), num(baseline - height - 4), Long.toString(value), "middle", "chart-value"));
            }
            // counted back from the last category, so the latest is always named and the names never crowd
            if ((rows.size() - 1 - i) % labelEvery == 0) {
                labels.add(new Label(num(centre), num(baseline + 16), row.label(), "middle", "chart-category"));
            }
        }
        return new Chart(WIDTH + 2 * COLUMN_PAD, baseline + COLUMN_AXIS, bars, labels, List.of());
    }

    /** The hover text: category, series (if any) and value, e.g. "警察庁 — 付託済み: 3". */
    private static String title(String category, String series, long value) {
        return category + (series == null ? "" : " — " + series) + ": " + value;
    }

    private static String num(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
