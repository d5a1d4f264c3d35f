package org.tsuho.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tsuho.reporting.StatisticsFixtures.jst;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tsuho.support.ApiClient;
import org.tsuho.support.ScreenSession;
import org.tsuho.support.TsuhoIntegrationTest;

/**
 * The annual transparency figures of fiscal year 2010 (1 April 2010 to 31 March 2011, Japan time), a year no other
 * test writes in: every figure checked exactly as the change the rows of this test make, including the rows on
 * either side of the year's edges; then the page, the CSV file and the API, and who may read them.
 */
@TsuhoIntegrationTest
class TransparencyIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    Transparency transparency;
    @Autowired
    JdbcClient jdbc;

    @Test
    void everyFigureOfTheFiscalYearFromApril1ToMarch31JapanTime() {
        TransparencyFigures before = transparency.of(2010);
        TransparencyFigures beforeNext = transparency.of(2011);
        StatisticsFixtures f = new StatisticsFixtures(jdbc, "ELECTRICITY");
        f.report("FLASH", true, jst("2010-04-01T00:00:00"));        // 31 March in UTC: the year's first moment in Japan
        f.report("DETAILED", false, jst("2011-03-31T23:59:59"));
        f.report(null, false, jst("2010-10-01T12:00:00"));          // an asset notification
        f.report("FLASH", false, jst("2010-03-31T23:59:59"));       // fiscal year 2009
        f.report("UPDATE", false, jst("2011-04-01T00:00:00"));      // fiscal year 2011
        f.referral("POLICE", jst("2010-06-01T10:00:00"));
        f.referral("POLICE", jst("2011-01-15T10:00:00"));
        f.referral("MOD", jst("2010-06-01T10:00:00"));
        f.referral("MOD", jst("2011-04-01T00:00:00"));              // fiscal year 2011
        f.decision("DISPOSITION", "ORDER", jst("2010-05-01T10:00:00"));
        f.decision("DISPOSITION", "ORDER", jst("2010-12-01T10:00:00"));
        f.decision("DISPOSITION", "ADMINISTRATIVE_FINE", jst("2010-07-01T10:00:00"));
        f.decision("REFERRAL", "REFER", jst("2011-02-01T10:00:00"));
        f.decision("REFERRAL", "DO_NOT_REFER", jst("2011-02-02T10:00:00"));
        f.decision("DISPOSITION", "NO_ACTION", jst("2011-04-02T10:00:00"));  // fiscal year 2011
        f.appeal("RULED", LocalDate.of(2010, 5, 10), "REJECTED", jst("2010-09-01T10:00:00"));
        f.appeal("RULED", LocalDate.of(2011, 3, 31), "GRANTED_REVOKED", jst("2011-04-02T10:00:00"));
        f.appeal("UNDER_EXAMINATION", LocalDate.of(2011, 4, 1), null, null);

        TransparencyFigures after = transparency.of(2010);
        TransparencyFigures afterNext = transparency.of(2011);

        assertThat(after.fiscalYear()).isEqualTo(2010);
        assertThat(after.firstDay()).isEqualTo(LocalDate.of(2010, 4, 1));
        assertThat(after.lastDay()).isEqualTo(LocalDate.of(2011, 3, 31));
        assertThat(after.reportsReceived() - before.reportsReceived()).isEqualTo(3);
        assertThat(delta(before.reportsByStage(), after.reportsByStage())).containsExactly(1L, 1L, 0L, 0L, 1L);
        assertThat(after.reportsByStage()).extracting(Tally::key).containsExactly("FLASH", "DETAILED", "UPDATE", "INCIDENT", "ASSET_NOTIFICATION");
        assertThat(after.referralsByAgency()).extracting(Tally::key).containsExactly("POLICE", "MOD");
        assertThat(delta(before.referralsByAgency(), after.referralsByAgency())).containsExactly(2L, 1L);
        assertThat(after.dispositions()).extracting(Tally::key).containsExactly("NO_ACTION", "ORDER", "ADMINISTRATIVE_FINE");
        assertThat(delta(before.dispositions(), after.dispositions())).containsExactly(0L, 2L, 1L);
        assertThat(after.orders() - before.orders()).isEqualTo(2);
        assertThat(after.referralsForProsecution() - before.referralsForProsecution()).isEqualTo(1);
        assertThat(after.appealsFiled() - before.appealsFiled()).isEqualTo(2);
        assertThat(after.rulings()).extracting(Tally::key).containsExactly("DISMISSED", "REJECTED", "GRANTED_REVOKED", "GRANTED_VARIED");
        assertThat(delta(before.rulings(), after.rulings())).containsExactly(0L, 1L, 0L, 0L);

        assertThat(afterNext.reportsReceived() - beforeNext.reportsReceived()).isEqualTo(1);
        assertThat(delta(beforeNext.referralsByAgency(), afterNext.referralsByAgency())).containsExactly(0L, 1L);
        assertThat(delta(beforeNext.dispositions(), afterNext.dispositions())).containsExactly(1L, 0L, 0L);
        assertThat(afterNext.appealsFiled() - beforeNext.appealsFiled()).isEqualTo(1);
        assertThat(delta(beforeNext.rulings(), afterNext.rulings())).containsExactly(0L, 0L, 1L, 0L);
    }

    @Test
    void theCsvFileIsUtf8WithAByteOrderMarkAndJapaneseLabels() {
        new StatisticsFixtures(jdbc, "ELECTRICITY").report("FLASH", true, jst("2010-08-01T10:00:00"));
        TransparencyFigures figures = transparency.of(2010);

        HttpResponse<byte[]> file = ScreenSession.signIn(port, "oversight-1").download("/oversight/transparency.csv?year=2010");

        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t.toLowerCase()).isEqualTo("text/csv;charset=utf-8"));
        assertThat(file.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"transparency-FY2010.csv\"");
        byte[] bytes = file.body();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<String> lines = text.lines().toList();
        assertThat(text).endsWith("\r\n");
        assertThat(lines.get(0)).isEqualTo("年度,区分,項目,コード,件数");
        assertThat(lines).contains("2010,報告受付,合計,reports," + figures.reportsReceived(),
                "2010,報告受付,速報,reports.FLASH," + figures.reportsByStage().get(0).count(),
                "2010,処分,命令,dispositions.ORDER," + figures.orders(),
                "2010,審査請求,審査請求,appeals," + figures.appealsFiled());
        assertThat(lines).hasSize(1 + 1 + 5 + 2 + 3 + 1 + 1 + 4);

        String english = new String(ScreenSession.signIn(port, "admin").download("/oversight/transparency.csv?year=2010&lang=en").body(),
                StandardCharsets.UTF_8);
        assertThat(english).startsWith("\uFEFFFiscal year,Figure,Item,Code,Count\r\n").contains("2010,Dispositions,Order,dispositions.ORDER,");
    }

    @Test
    void thePageShowsTheYearAndItsFigures() {
        TransparencyFigures figures = transparency.of(2010);
        ScreenSession oversight = ScreenSession.signIn(port, "oversight-1");

        HttpResponse<String> page = oversight.get("/oversight/transparency?year=2010");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("2010年度の年次統計", "2010-04-01 〜 2011-03-31", "/oversight/transparency.csv?year=2010")
                .containsPattern("data-code=\"reports\">\\s*<th scope=\"row\">報告受付</th>\\s*<td>合計</td>\\s*<td class=\"num\">"
                        + figures.reportsReceived() + "</td>");
        assertThat(oversight.get("/oversight/transparency").body()).contains(transparency.currentFiscalYear() + "年度の年次統計");
        assertThat(oversight.get("/oversight/audit").body()).contains("href=\"/oversight/transparency\"");
        assertThat(oversight.get("/oversight/transparency?year=1999").statusCode()).isEqualTo(400);
    }

    @Test
    void theApiGivesTheSameFiguresAsJson() {
        TransparencyFigures figures = transparency.of(2010);

        ApiClient.Response answer = ApiClient.on(port).as("oversight-1").get("/api/v1/statistics/transparency?year=2010");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().path("fiscalYear").asInt()).isEqualTo(2010);
        assertThat(answer.json().path("firstDay").asText()).isEqualTo("2010-04-01");
        assertThat(answer.json().path("reportsReceived").asLong()).isEqualTo(figures.reportsReceived());
        assertThat(answer.json().path("dispositions").get(1).path("key").asText()).isEqualTo("ORDER");
        assertThat(answer.json().path("dispositions").get(1).path("count").asLong()).isEqualTo(figures.orders());
        assertThat(ApiClient.on(port).as("admin").get("/api/v1/statistics/transparency").status()).isEqualTo(200);
        assertThat(ApiClient.on(port).as("oversight-1").get("/api/v1/statistics/transparency?year=1999").status()).isEqualTo(400);
        assertThat(ApiClient.on(port).as("oversight-1").get("/api/v1/statistics/transparency?year=abc").status()).isEqualTo(400);
    }

    @Test
    void companiesPartnersAndCaseStaffMayNotReadThem() {
        for (String user : new String[] {"company-a", "police-liaison", "mod-liaison", "worker-1", "supervisor-1"}) {
            ScreenSession session = ScreenSession.signIn(port, user);
            assertThat(session.get("/oversight/transparency?year=2010").statusCode()).as(user).isEqualTo(403);
            assertThat(session.download("/oversight/transparency.csv?year=2010").statusCode()).as(user).isEqualTo(403);
            assertThat(ApiClient.on(port).as(user).get("/api/v1/statistics/transparency?year=2010").status()).as(user).isEqualTo(403);
        }
    }

    private static List<Long> delta(List<Tally> before, List<Tally> after) {
        return java.util.stream.IntStream.range(0, after.size()).mapToObj(i -> after.get(i).count() - before.get(i).count()).toList();
    }
}
