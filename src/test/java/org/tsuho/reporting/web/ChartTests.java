package org.tsuho.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The geometry of the server-drawn charts: bars in proportion, stacked in order, tooltips that name the value. */
class ChartTests {

    @Test
    void horizontalBarsAreInProportionToTheLargestRow() {
        Chart chart = Chart.horizontal(List.of(Chart.Row.of("警察庁", 4), Chart.Row.of("防衛省", 2), Chart.Row.of("なし", 0)), List.of(""));

        assertThat(chart.bars()).hasSize(2);
        assertThat(Double.parseDouble(chart.bars().get(0).width())).isEqualTo(2 * Double.parseDouble(chart.bars().get(1).width()));
        assertThat(chart.bars()).extracting(Chart.Bar::title).containsExactly("警察庁: 4", "防衛省: 2");
        assertThat(chart.labels()).extracting(Chart.Label::text).containsExactly("警察庁", "4", "防衛省", "2", "なし", "0");
        assertThat(chart.height()).isEqualTo(8 + 3 * 26);
        assertThat(chart.legend()).isEmpty();
    }

    @Test
    void stackedSeriesFollowEachOtherWithTheirOwnClassAndTheRowTotalAfterThem() {
        Chart chart = Chart.horizontal(List.of(new Chart.Row("速報", List.of(3L, 1L))), List.of("期限内", "期限後"));

        Chart.Bar onTime = chart.bars().get(0);
        Chart.Bar late = chart.bars().get(1);
        assertThat(onTime.cssClass()).isEqualTo("series-0");
        assertThat(late.cssClass()).isEqualTo("series-1");
        assertThat(Double.parseDouble(late.x())).isCloseTo(Double.parseDouble(onTime.x()) + Double.parseDouble(onTime.width()),
                org.assertj.core.data.Offset.offset(0.11));
        assertThat(late.title()).isEqualTo("速報 — 期限後: 1");
        assertThat(chart.labels()).extracting(Chart.Label::text).contains("4");
        assertThat(chart.legend()).containsExactly("期限内", "期限後");
    }

    @Test
    void aChartOfZerosHasNoBars() {
        assertThat(Chart.horizontal(List.of(Chart.Row.of("a", 0)), List.of("")).empty()).isTrue();
        assertThat(Chart.horizontal(List.of(), List.of("")).empty()).isTrue();
    }

    @Test
    void columnsStandOnOneBaselineAndNameEveryNthCategory() {
        Chart chart = Chart.columns(List.of(Chart.Row.of("11/1", 2), Chart.Row.of("11/2", 0), Chart.Row.of("11/3", 1),
                Chart.Row.of("11/4", 4)), 2);

        assertThat(chart.bars()).hasSize(3);
        assertThat(chart.bars()).allSatisfy(b -> assertThat(Double.parseDouble(b.y()) + Double.parseDouble(b.height())).isEqualTo(166.0));
        assertThat(Double.parseDouble(chart.bars().get(2).height())).isEqualTo(150.0);
        assertThat(chart.labels()).filteredOn(l -> l.cssClass().equals("chart-category")).extracting(Chart.Label::text)
                .containsExactly("11/2", "11/4");
    }
}
