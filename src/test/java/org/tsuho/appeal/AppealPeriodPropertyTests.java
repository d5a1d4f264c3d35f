package org.tsuho.appeal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.tsuho.deadline.Holidays;

/**
 * The appeal period (民法 第140条・第143条, 行政機関の休日に関する法律 第2条) over every day of 2020–2035, not only the
 * examples of {@link AppealPeriodTests}.
 */
class AppealPeriodPropertyTests {

    private static final LocalDate FIRST = LocalDate.of(2020, 1, 1);
    private final Holidays holidays = new Holidays();
    private final AppealPeriods periods = new AppealPeriods(holidays);

    @Property(tries = 500)
    void theDeadlineIsAnOpenDayNoEarlierThanEitherPeriodAllows(@ForAll("days") LocalDate learnedOn, @ForAll @IntRange(max = 400) int daysBefore) {
        LocalDate disposedOn = learnedOn.minusDays(daysBefore);

        LocalDate deadline = periods.deadline(learnedOn, disposedOn);

        assertThat(holidays.isClosed(deadline)).as("%s is a closed day", deadline).isFalse();
        LocalDate earliestEnd = min(learnedOn.plusMonths(3), disposedOn.plusMonths(12));
        assertThat(deadline).isAfterOrEqualTo(earliestEnd);
        assertThat(ChronoUnit.DAYS.between(earliestEnd, deadline)).as("moved past closed days only").isLessThanOrEqualTo(12);
    }

    @Property(tries = 500)
    void aLaterKnowledgeNeverShortensThePeriod(@ForAll("days") LocalDate learnedOn, @ForAll @IntRange(min = 1, max = 60) int later) {
        LocalDate disposedOn = learnedOn.minusDays(30);

        assertThat(periods.deadline(learnedOn.plusDays(later), disposedOn)).isAfterOrEqualTo(periods.deadline(learnedOn, disposedOn));
    }

    @Property(tries = 500)
    void monthsEndTheDayBeforeTheCorrespondingDayOrOnTheMonthsLastDay(@ForAll("days") LocalDate event, @ForAll @IntRange(min = 1, max = 24) int months) {
        LocalDate first = event.plusDays(1);
        LocalDate end = AppealPeriods.endOfMonths(event, months);

        LocalDate monthOfEnd = first.plusMonths(months);
        if (first.getDayOfMonth() == 1) {
            assertThat(end).as("a period from the 1st ends on the last day of the month before")
                    .isEqualTo(first.plusMonths(months - 1).with(TemporalAdjusters.lastDayOfMonth()));
        } else if (monthOfEnd.getDayOfMonth() != first.getDayOfMonth()) {
            assertThat(end).as("no corresponding day: the month's last day").isEqualTo(monthOfEnd.with(TemporalAdjusters.lastDayOfMonth()));
        } else {
            assertThat(end).isEqualTo(monthOfEnd.minusDays(1));
        }
        assertThat(end).as("never earlier than the same date %d months on", months).isAfterOrEqualTo(event.plusMonths(months));
    }

    @Property(tries = 1000)
    void aClosedDayMovesTheEndToTheNextOpenDayAndAnOpenDayStays(@ForAll("days") LocalDate lastDay) {
        LocalDate moved = holidays.deadlineFalling(lastDay);

        assertThat(holidays.isClosed(moved)).isFalse();
        for (LocalDate day = lastDay; day.isBefore(moved); day = day.plusDays(1)) {
            assertThat(holidays.isClosed(day)).as("%s was skipped but is open", day).isTrue();
        }
    }

    @Provide
    Arbitrary<LocalDate> days() {
        return Arbitraries.integers().between(0, (int) ChronoUnit.DAYS.between(FIRST, LocalDate.of(2035, 12, 31))).map(FIRST::plusDays);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
