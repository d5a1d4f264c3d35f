package org.tsuho.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tsuho.reporting.StatisticsFixtures.jst;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tsuho.reporting.persistence.IntakeStatistics.DayCount;
import org.tsuho.reporting.persistence.IntakeStatistics.SectorCount;
import org.tsuho.reporting.persistence.IntakeStatistics.StageLateness;
import org.tsuho.support.ScreenSession;
import org.tsuho.support.TsuhoIntegrationTest;

/**
 * The dashboard's figures, each checked exactly: rows written at known moments years ago (so the period is one no
 * other test writes in), the current-state figures as the change our rows make, and the queue figures on a queue of
 * this test's own. Then the screen: who may see it, and that its tables show the figures.
 */
@TsuhoIntegrationTest
class DashboardIntegrationTests {

    /** Noon on 15 June 2013 in Japan: the period is 17 May to 15 June 2013, Japan days. */
    static final Instant NOW = jst("2013-06-15T12:00:00");

    @LocalServerPort
    int port;
    @Autowired
    Dashboards dashboards;
    @Autowired
    JdbcClient jdbc;

    @Test
    void reportsPerJapanDayPerSectorAndTheirLateness() {
        Dashboard before = dashboards.at(NOW);
        StatisticsFixtures gas = new StatisticsFixtures(jdbc, "GAS");
        StatisticsFixtures water = new StatisticsFixtures(jdbc, "WATER");
        gas.report("FLASH", true, jst("2013-06-15T00:30:00"));      // 14 June in UTC, 15 June in Japan
        gas.report("FLASH", false, jst("2013-06-15T11:59:00"));
        gas.report("DETAILED", true, jst("2013-05-17T00:00:00"));   // the first moment of the period
        water.report("DETAILED", false, jst("2013-06-01T09:00:00"));
        water.report("UPDATE", false, jst("2013-06-01T10:00:00"));
        water.report("FLASH", true, jst("2013-05-16T23:59:59"));    // the day before the period
        gas.report("FLASH", true, jst("2013-06-16T00:00:00"));      // the day after

        Dashboard after = dashboards.at(NOW);

        assertThat(after.firstDay()).isEqualTo(LocalDate.of(2013, 5, 17));
        assertThat(after.lastDay()).isEqualTo(LocalDate.of(2013, 6, 15));
        assertThat(after.days()).hasSize(30).extracting(DayCount::day).startsWith(LocalDate.of(2013, 5, 17)).endsWith(LocalDate.of(2013, 6, 15));
        assertThat(day(after, "2013-06-15") - day(before, "2013-06-15")).isEqualTo(2);
        assertThat(day(after, "2013-06-14") - day(before, "2013-06-14")).isZero();
        assertThat(day(after, "2013-05-17") - day(before, "2013-05-17")).isEqualTo(1);
        assertThat(day(after, "2013-06-01") - day(before, "2013-06-01")).isEqualTo(2);
        assertThat(after.reportsReceived() - before.reportsReceived()).isEqualTo(5);

        assertThat(sector(after, "GAS") - sector(before, "GAS")).isEqualTo(3);
        assertThat(sector(after, "WATER") - sector(before, "WATER")).isEqualTo(2);
        assertThat(after.sectors()).extracting(SectorCount::nameJa).contains("ガス", "水道");

        assertThat(after.lateness()).extracting(StageLateness::stage).containsExactly("FLASH", "DETAILED");
        StageLateness flash = stage(after, "FLASH");
        StageLateness detailed = stage(after, "DETAILED");
        assertThat(flash.filed() - stage(before, "FLASH").filed()).isEqualTo(2);
        assertThat(flash.late() - stage(before, "FLASH").late()).isEqualTo(1);
        assertThat(detailed.filed() - stage(before, "DETAILED").filed()).isEqualTo(2);
        assertThat(detailed.late() - stage(before, "DETAILED").late()).isEqualTo(1);
    }

    @Test
    void escalationsByTargetAndStatusInThePeriod() {
        Dashboard before = dashboards.at(NOW);
        StatisticsFixtures f = new StatisticsFixtures(jdbc, "GAS");
        f.escalation("{POLICE,MOD}", "REFERRED", jst("2013-06-10T10:00:00"));
        f.escalation("{POLICE}", "PROPOSED", jst("2013-05-17T00:00:00"));
        f.escalation("{MOD}", "REJECTED", jst("2013-06-15T23:59:59"));
        f.escalation("{POLICE}", "REFERRED", jst("2013-05-16T23:59:59"));   // before the period

        Dashboard after = dashboards.at(NOW);

        assertThat(after.escalations()).extracting(Dashboard.TargetLoad::target).containsExactly("POLICE", "MOD");
        assertThat(escalations(after, "POLICE", "REFERRED") - escalations(before, "POLICE", "REFERRED")).isEqualTo(1);
        assertThat(escalations(after, "POLICE", "PROPOSED") - escalations(before, "POLICE", "PROPOSED")).isEqualTo(1);
        assertThat(escalations(after, "MOD", "REFERRED") - escalations(before, "MOD", "REFERRED")).isEqualTo(1);
        assertThat(escalations(after, "MOD", "REJECTED") - escalations(before, "MOD", "REJECTED")).isEqualTo(1);
        assertThat(target(after, "POLICE").total() - target(before, "POLICE").total()).isEqualTo(2);
        assertThat(target(after, "MOD").total() - target(before, "MOD").total()).isEqualTo(2);
    }

    @Test
    void openTasksByAgeAndOverdueInAQueueOfItsOwn() {
        String queue = "statistics-" + UUID.randomUUID().toString().substring(0, 8);
        StatisticsFixtures f = new StatisticsFixtures(jdbc, "GAS");
        Duration hour = Duration.ofHours(1);
        try {
            f.task(queue, NOW.minus(hour), NOW.plus(Duration.ofDays(2)), false);                        // under a day
            f.task(queue, NOW.minus(Duration.ofDays(2)), NOW.minus(hour), false);                       // 1–3 days, past due
            f.task(queue, NOW.minus(Duration.ofDays(5)), NOW.plus(hour), true);                         // 3–7 days, flagged
            f.task(queue, NOW.minus(Duration.ofDays(10)), NOW.plus(Duration.ofDays(1)), false);         // over 7 days
            f.task(queue, NOW.minus(Duration.ofDays(30)), NOW.minus(Duration.ofDays(20)), false);       // over 7 days, past due

            Dashboard.QueueLoad load = dashboards.at(NOW).queues().stream().filter(q -> q.queue().equals(queue)).findFirst().orElseThrow();

            assertThat(load.byAge()).containsExactly(1L, 1L, 1L, 2L);
            assertThat(load.open()).isEqualTo(5);
            assertThat(load.overdue()).isEqualTo(3);
        } finally {
            f.removeTasks(queue);
        }
    }

    @Test
    void proceedingsAndAppealsByTheirStatusNow() {
        Dashboard before = dashboards.at(NOW);
        StatisticsFixtures f = new StatisticsFixtures(jdbc, "GAS");
        f.proceeding("COMPLIANCE_WATCH");
        f.proceeding("COMPLIANCE_WATCH");
        f.proceeding("REFERRED_FOR_PROSECUTION");
        f.appeal("UNDER_EXAMINATION", LocalDate.of(2013, 6, 1), null, null);
        f.appeal("RULED", LocalDate.of(2013, 6, 1), "REJECTED", jst("2013-06-10T10:00:00"));

        Dashboard after = dashboards.at(NOW);

        // each appeal fixture stands on a proceeding of its own, in FINE_IMPOSED
        assertThat(count(after.proceedings(), "COMPLIANCE_WATCH") - count(before.proceedings(), "COMPLIANCE_WATCH")).isEqualTo(2);
        assertThat(count(after.proceedings(), "REFERRED_FOR_PROSECUTION") - count(before.proceedings(), "REFERRED_FOR_PROSECUTION")).isEqualTo(1);
        assertThat(count(after.proceedings(), "FINE_IMPOSED") - count(before.proceedings(), "FINE_IMPOSED")).isEqualTo(2);
        assertThat(after.proceedings()).extracting(Tally::count).allMatch(n -> n > 0);
        assertThat(after.appeals()).extracting(Tally::key)
                .containsExactly("AWAITING_EXAMINER", "UNDER_EXAMINATION", "AWAITING_RULING", "RULED");
        assertThat(count(after.appeals(), "UNDER_EXAMINATION") - count(before.appeals(), "UNDER_EXAMINATION")).isEqualTo(1);
        assertThat(count(after.appeals(), "RULED") - count(before.appeals(), "RULED")).isEqualTo(1);
        assertThat(count(after.appeals(), "AWAITING_RULING") - count(before.appeals(), "AWAITING_RULING")).isZero();
    }

    @Test
    void theScreenShowsTheFiguresToStaffOnly() {
        for (String user : new String[] {"company-a", "company-b", "police-liaison", "mod-liaison"}) {
            assertThat(ScreenSession.signIn(port, user).get("/dashboard").statusCode()).as(user).isEqualTo(403);
        }
        for (String user : new String[] {"supervisor-1", "worker-1", "examiner-1", "oversight-1", "admin"}) {
            HttpResponse<String> page = ScreenSession.signIn(port, user).get("/dashboard");
            assertThat(page.statusCode()).as(user).isEqualTo(200);
            assertThat(page.body()).as(user).contains("href=\"/dashboard\"", "<svg", "chart-days");
        }
        assertThat(ScreenSession.signIn(port, "company-a").get("/company/reports").body()).doesNotContain("href=\"/dashboard\"");
        assertThat(ScreenSession.anonymous(port).get("/dashboard").statusCode()).isEqualTo(302);
    }

    @Test
    void theTablesShowTheSameFiguresAsTheCharts() {
        StatisticsFixtures f = new StatisticsFixtures(jdbc, "GAS");
        f.report("FLASH", true, Instant.now());
        Dashboard dashboard = dashboards.now();
        ScreenSession supervisor = ScreenSession.signIn(port, "supervisor-1");

        String page = supervisor.get("/dashboard").body();
        String english = supervisor.get("/dashboard?lang=en").body();

        DayCount today = dashboard.days().get(dashboard.days().size() - 1);
        assertThat(page).contains("ダッシュボード", "日別の報告受付件数", "速報・詳報の遅延率")
                .containsPattern("<th scope=\"row\" class=\"nowrap\">" + today.day() + "</th>\\s*<td class=\"num\">" + today.count() + "</td>")
                .containsPattern("<title>[^<]*: " + today.count() + "</title>")
                .doesNotContain("style=");
        assertThat(english).contains("Reports received per day", "Late flash and detailed reports", "Escalations by target");
    }

    private static long day(Dashboard d, String day) {
        return d.days().stream().filter(c -> c.day().equals(LocalDate.parse(day))).mapToLong(DayCount::count).sum();
    }

    private static long sector(Dashboard d, String code) {
        return d.sectors().stream().filter(s -> s.sector().equals(code)).mapToLong(SectorCount::count).sum();
    }

    private static StageLateness stage(Dashboard d, String stage) {
        return d.lateness().stream().filter(s -> s.stage().equals(stage)).findFirst().orElseThrow();
    }

    private static Dashboard.TargetLoad target(Dashboard d, String target) {
        return d.escalations().stream().filter(t -> t.target().equals(target)).findFirst().orElseThrow();
    }

    private static long escalations(Dashboard d, String target, String status) {
        return count(target(d, target).byStatus(), status);
    }

    private static long count(List<Tally> tallies, String key) {
        return tallies.stream().filter(t -> t.key().equals(key)).mapToLong(Tally::count).sum();
    }
}
