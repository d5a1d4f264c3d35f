package org.tsuho.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RulebookTests {

    private static final Instant AWARE = Instant.parse("2026-11-25T00:00:00Z");
    private static final Instant FLASH_DUE = AWARE.plus(Duration.ofHours(24));
    private static final Instant DETAILED_DUE = AWARE.plus(Duration.ofDays(30));

    private static RulebookSettings settings() {
        return new RulebookSettings("jp-acd",
                rule("PT24H"), rule("P30D"), rule("P5D"), rule("P3D"), rule("PT8H"),
                Map.of(0, rule("P5D"), 1, rule("P3D"), 2, rule("P1D"), 3, rule("PT8H"), 4, rule("PT4H"), 5, rule("PT1H")),
                rule("P1D"), rule("PT1H"), rule("PT24H"), rule("PT24H"),
                new PenaltyRules(2_000_000, rule("P10D"), java.time.Period.ofMonths(3), "教示 {0}", rule("P5D")),
                Map.of("contact-data", new RetentionRule(java.time.Period.ofYears(3), "test", false)), rule("P10D"));
    }

    private static Rule rule(String period) {
        return new Rule(Duration.parse(period), "test", true);
    }

    private static Rulebook at(Instant now) {
        return new Rulebook(settings(), Clock.fixed(now, ZoneOffset.UTC));
    }

    private final Rulebook rulebook = at(AWARE);

    @Test
    void reportDeadlinesCountFromAwareness() {
        assertThat(rulebook.dueAt(Stage.FLASH, AWARE)).isEqualTo(FLASH_DUE);
        assertThat(rulebook.dueAt(Stage.DETAILED, AWARE)).isEqualTo(DETAILED_DUE);
    }

    @Test
    void updatesHaveNoDeadline() {
        assertThatThrownBy(() -> rulebook.dueAt(Stage.UPDATE, AWARE)).isInstanceOf(IllegalArgumentException.class);
        assertThat(rulebook.isLate(Stage.UPDATE, AWARE, AWARE.plus(Duration.ofDays(365)))).isFalse();
    }

    @Test
    void aReportExactlyAtItsDeadlineIsInTimeAndOneMillisecondLaterIsLate() {
        assertThat(rulebook.isLate(Stage.FLASH, AWARE, FLASH_DUE.minusMillis(1))).isFalse();
        assertThat(rulebook.isLate(Stage.FLASH, AWARE, FLASH_DUE)).isFalse();
        assertThat(rulebook.isLate(Stage.FLASH, AWARE, FLASH_DUE.plusMillis(1))).isTrue();
        assertThat(rulebook.isLate(Stage.DETAILED, AWARE, DETAILED_DUE)).isFalse();
        assertThat(rulebook.isLate(Stage.DETAILED, AWARE, DETAILED_DUE.plusMillis(1))).isTrue();
    }

    @Test
    void deadlinesAreMetWhenTheReportCameInTime() {
        var deadlines = at(AWARE.plus(Duration.ofDays(40))).deadlines(AWARE, submitted(FLASH_DUE, DETAILED_DUE));

        assertThat(deadlines).containsExactly(
                new StageDeadline(Stage.FLASH, FLASH_DUE, true),
                new StageDeadline(Stage.DETAILED, DETAILED_DUE, true));
    }

    @Test
    void deadlinesAreMissedWhenTheReportCameLate() {
        var deadlines = at(AWARE.plus(Duration.ofDays(40)))
                .deadlines(AWARE, submitted(FLASH_DUE.plusSeconds(1), DETAILED_DUE.plusSeconds(1)));

        assertThat(deadlines).extracting(StageDeadline::met).containsExactly(false, false);
    }

    @Test
    void anOpenDeadlineIsUndecidedUntilItPassesWithoutAReport() {
        Map<Stage, Instant> flashOnly = submitted(AWARE.plus(Duration.ofHours(2)), null);

        assertThat(at(DETAILED_DUE.minusSeconds(1)).deadlines(AWARE, flashOnly)).extracting(StageDeadline::met).containsExactly(true, null);
        assertThat(at(DETAILED_DUE).deadlines(AWARE, flashOnly)).extracting(StageDeadline::met).containsExactly(true, null);
        assertThat(at(DETAILED_DUE.plusMillis(1)).deadlines(AWARE, flashOnly)).extracting(StageDeadline::met).containsExactly(true, false);
    }

    @Test
    void nothingFiledYetBeforeAndAfterTheFlashDeadline() {
        assertThat(at(FLASH_DUE).deadlines(AWARE, Map.of())).extracting(StageDeadline::met).containsExactly(null, null);
        assertThat(at(FLASH_DUE.plusSeconds(1)).deadlines(AWARE, Map.of())).extracting(StageDeadline::met).containsExactly(false, null);
    }

    @ParameterizedTest
    @CsvSource({"0, P5D", "1, P3D", "2, P1D", "3, PT8H", "4, PT4H", "5, PT1H"})
    void triageIsDueBySeverity(int severity, String period) {
        assertThat(rulebook.triageDue(AWARE, severity)).isEqualTo(AWARE.plus(Duration.parse(period)));
    }

    @Test
    void anUnassessedCaseUsesTheUnassessedTriageClock() {
        assertThat(rulebook.triageDue(AWARE, null)).isEqualTo(AWARE.plus(Duration.ofHours(8)));
        assertThat(rulebook.triageDue(AWARE, 9)).isEqualTo(AWARE.plus(Duration.ofHours(8)));
    }

    @Test
    void requestsForInformationAreDueAndRemindedByTheRulebook() {
        assertThat(rulebook.answerDue(AWARE)).isEqualTo(AWARE.plus(Duration.ofDays(5)));
        assertThat(rulebook.answerReminderAfter()).isEqualTo(Duration.ofDays(3));
    }

    private static Map<Stage, Instant> submitted(Instant flash, Instant detailed) {
        Map<Stage, Instant> first = new EnumMap<>(Stage.class);
        if (flash != null) {
            first.put(Stage.FLASH, flash);
        }
        if (detailed != null) {
            first.put(Stage.DETAILED, detailed);
        }
        return first;
    }

    @Test
    void anAssetNotificationIsReviewedWithinItsServiceLevel() {
        assertThat(rulebook.notificationReviewDue(AWARE)).isEqualTo(AWARE.plus(Duration.ofDays(10)));
    }
}
