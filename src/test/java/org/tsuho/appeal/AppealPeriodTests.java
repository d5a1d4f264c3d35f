package org.tsuho.appeal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tsuho.deadline.Holidays;

/**
 * The appeal period (行政不服審査法 第18条) counted as 民法 第140条 and 第143条 say, and moved past a closed day of
 * the agency (行政機関の休日に関する法律 第2条), against the holiday list of 2026 and 2027.
 */
class AppealPeriodTests {

    private final Holidays holidays = new Holidays();
    private final AppealPeriods periods = new AppealPeriods(holidays);

    /** A disposition long enough ago that the one-year limit does not bite. */
    private static final LocalDate DISPOSED_EARLY = LocalDate.of(2026, 9, 1);

    @ParameterizedTest(name = "learned {0}: 3 months end on {1}")
    @CsvSource({
            // the day after is the 1st: the period ends on the last day of the third month
            "2026-11-30, 2027-02-28",
            "2027-01-31, 2027-04-30",
            // no 30 February: the month's last day
            "2026-11-29, 2027-02-28",
            "2026-11-27, 2027-02-27",
            // the ordinary case: the same day number three months on
            "2026-10-15, 2027-01-15",
            "2026-12-31, 2027-03-31",
            "2027-10-31, 2028-01-31"})
    void threeMonthsCountFromTheDayAfter(LocalDate learnedOn, LocalDate lastDay) {
        assertThat(AppealPeriods.endOfMonths(learnedOn, 3)).isEqualTo(lastDay);
    }

    @Test
    void aYearFromTheDispositionEndsOnTheSameDayNumber() {
        assertThat(AppealPeriods.endOfMonths(LocalDate.of(2026, 3, 10), 12)).isEqualTo(LocalDate.of(2027, 3, 10));
        // counted from 1 March 2027, the year ends the day before 1 March 2028: a leap day
        assertThat(AppealPeriods.endOfMonths(LocalDate.of(2027, 2, 28), 12)).isEqualTo(LocalDate.of(2028, 2, 29));
    }

    @ParameterizedTest(name = "learned {0}: deadline {1}")
    @CsvSource({
            // 2027-02-28 is a Sunday: Monday 1 March
            "2026-11-30, 2027-03-01",
            // 2027-04-30 is a Friday: stays
            "2027-01-31, 2027-04-30",
            // 2027-01-31 is a Sunday: Monday 1 February
            "2026-10-31, 2027-02-01",
            // 2027-01-10 is a Sunday and 11 January 成人の日: Tuesday 12 January
            "2026-10-10, 2027-01-12",
            // 2027-03-21 春分の日 is a Sunday and 22 March its substitute holiday: Tuesday 23 March
            "2026-12-21, 2027-03-23",
            // 2027-02-23 天皇誕生日 (a Tuesday): Wednesday 24 February
            "2026-11-23, 2027-02-24",
            // year-end closure: 31 December 2026 moves past 1-3 January to Monday 4 January 2027
            "2026-09-30, 2027-01-04",
            // 29 December 2026, a Tuesday but closed: 4 January
            "2026-09-29, 2027-01-04",
            // 28 December 2026 is still open
            "2026-09-28, 2026-12-28"})
    void aDeadlineOnAClosedDayMovesToTheNextOpenDay(LocalDate learnedOn, LocalDate deadline) {
        assertThat(periods.deadline(learnedOn, DISPOSED_EARLY)).isEqualTo(deadline);
    }

    @Test
    void oneYearFromTheDispositionCapsALateKnowledge() {
        LocalDate disposed = LocalDate.of(2026, 3, 10);
        // learned eleven months later: three months would run to 10 May 2027, the year ends on 10 March 2027
        assertThat(periods.deadline(LocalDate.of(2027, 2, 10), disposed)).isEqualTo(LocalDate.of(2027, 3, 10));
        // the year's end on a closed day moves too: 2027-03-21 (Sunday, 春分の日) and 22 (振替休日) to 23 March
        assertThat(periods.deadline(LocalDate.of(2027, 3, 1), LocalDate.of(2026, 3, 21))).isEqualTo(LocalDate.of(2027, 3, 23));
    }

    @Test
    void theAgencyIsClosedOnWeekendsHolidaysAndAtTheYearEnd() {
        assertThat(holidays.isClosed(LocalDate.of(2026, 11, 28))).as("Saturday").isTrue();
        assertThat(holidays.isClosed(LocalDate.of(2026, 11, 23))).as("勤労感謝の日").isTrue();
        assertThat(holidays.isClosed(LocalDate.of(2026, 9, 22))).as("国民の休日").isTrue();
        assertThat(holidays.isClosed(LocalDate.of(2027, 1, 3))).as("year-end closure").isTrue();
        assertThat(holidays.isClosed(LocalDate.of(2026, 12, 29))).as("year-end closure").isTrue();
        assertThat(holidays.isClosed(LocalDate.of(2026, 12, 28))).isFalse();
        assertThat(holidays.isClosed(LocalDate.of(2027, 1, 4))).isFalse();
        assertThat(holidays.isClosed(LocalDate.of(2026, 11, 25))).isFalse();
    }
}
