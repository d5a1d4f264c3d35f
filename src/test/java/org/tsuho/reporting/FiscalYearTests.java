package org.tsuho.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The Japanese fiscal year (年度) runs from 1 April to 31 March: January to March belong to the year before. */
class FiscalYearTests {

    @Test
    void aprilStartsTheYearAndMarchEndsIt() {
        assertThat(Transparency.fiscalYearOf(LocalDate.of(2026, 4, 1))).isEqualTo(2026);
        assertThat(Transparency.fiscalYearOf(LocalDate.of(2026, 12, 31))).isEqualTo(2026);
        assertThat(Transparency.fiscalYearOf(LocalDate.of(2027, 1, 1))).isEqualTo(2026);
        assertThat(Transparency.fiscalYearOf(LocalDate.of(2027, 3, 31))).isEqualTo(2026);
        assertThat(Transparency.fiscalYearOf(LocalDate.of(2026, 3, 31))).isEqualTo(2025);
    }
}
