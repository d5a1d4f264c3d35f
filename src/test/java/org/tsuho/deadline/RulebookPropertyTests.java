package org.tsuho.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** The rulebook's clocks over any moment of 2020–2040: later starts never give earlier deadlines, and days end in Japan. */
class RulebookPropertyTests {

    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    private final Rulebook rulebook = new Rulebook(settings(), Clock.fixed(Instant.parse("2026-11-25T01:00:00Z"), ZoneOffset.UTC));

    @Property(tries = 500)
    void aPeriodOfDaysEndsAtTheLastSecondOfADayInJapanAfterTheFirstDay(@ForAll("moments") Instant servedAt, @ForAll @IntRange(min = 1, max = 60) int days) {
        Instant end = rulebook.endOfDays(servedAt, days);

        assertThat(end.atZone(JAPAN).toLocalTime()).isEqualTo(LocalTime.of(23, 59, 59));
        assertThat(end.atZone(JAPAN).toLocalDate()).isEqualTo(servedAt.atZone(JAPAN).toLocalDate().plusDays(days));
        assertThat(Duration.between(servedAt, end)).as("never shorter than the days counted").isGreaterThanOrEqualTo(Duration.ofDays(days));
    }

    @Property(tries = 500)
    void laterStartsNeverGiveEarlierDeadlines(@ForAll("moments") Instant start, @ForAll @LongRange(min = 0, max = 10_000_000) long laterBySeconds) {
        Instant later = start.plusSeconds(laterBySeconds);

        for (Stage stage : new Stage[] {Stage.FLASH, Stage.DETAILED}) {
            assertThat(rulebook.dueAt(stage, later)).isAfterOrEqualTo(rulebook.dueAt(stage, start));
        }
        assertThat(rulebook.endOfDays(later, 10)).isAfterOrEqualTo(rulebook.endOfDays(start, 10));
        assertThat(rulebook.appealBy(later)).isAfterOrEqualTo(rulebook.appealBy(start));
        assertThat(rulebook.answerDue(later)).isAfterOrEqualTo(rulebook.answerDue(start));
        for (Integer severity : new Integer[] {null, 0, 3, 5, 99}) {
            assertThat(rulebook.triageDue(later, severity)).isAfterOrEqualTo(rulebook.triageDue(start, severity));
        }
    }

    @Property(tries = 500)
    void aReportIsLateExactlyWhenItComesAfterItsDeadline(@ForAll("moments") Instant awareAt, @ForAll @LongRange(min = -100_000, max = 5_000_000) long afterSeconds) {
        Instant submitted = awareAt.plusSeconds(afterSeconds);

        for (Stage stage : new Stage[] {Stage.FLASH, Stage.DETAILED}) {
            assertThat(rulebook.isLate(stage, awareAt, submitted)).isEqualTo(submitted.isAfter(rulebook.dueAt(stage, awareAt)));
        }
        assertThat(rulebook.isLate(Stage.UPDATE, awareAt, submitted)).isFalse();
    }

    @Property(tries = 300)
    void theAppealDateIsThreeMonthsFromTheJapaneseServiceDate(@ForAll("moments") Instant servedAt) {
        assertThat(rulebook.appealBy(servedAt)).isEqualTo(servedAt.atZone(JAPAN).toLocalDate().plusMonths(3));
    }

    @Provide
    Arbitrary<Instant> moments() {
        long from = Instant.parse("2020-01-01T00:00:00Z").getEpochSecond();
        long to = Instant.parse("2040-12-31T23:59:59Z").getEpochSecond();
        return Arbitraries.longs().between(from, to).map(Instant::ofEpochSecond);
    }

    private static RulebookSettings settings() {
        return new RulebookSettings("jp-acd",
                rule("PT24H"), rule("P30D"), rule("P5D"), rule("P3D"), rule("PT8H"),
                Map.of(0, rule("P5D"), 1, rule("P3D"), 2, rule("P1D"), 3, rule("PT8H"), 4, rule("PT4H"), 5, rule("PT1H")),
                rule("P1D"), rule("PT1H"), rule("PT24H"), rule("PT24H"),
                new PenaltyRules(2_000_000, rule("P10D"), Period.ofMonths(3), "教示 {0}", rule("P5D")),
                Map.of("contact-data", new RetentionRule(Period.ofYears(3), "test", false)), rule("P10D"));
    }

    private static Rule rule(String period) {
        return new Rule(Duration.parse(period), "test", true);
    }
}
