package org.tsuho.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tsuho.reporting.persistence.IntakeStatistics.DayCount;
import org.tsuho.support.ApiClient;
import org.tsuho.support.Browser;
import org.tsuho.support.ReportBodies;
import org.tsuho.support.TsuhoIntegrationTest;

/**
 * The dashboard in a real browser as supervisor-1, after company-a filed a flash report today: every chart is an SVG
 * with bars that carry a tooltip, the tables beside them show the same figures, the CSP let all of it through, and
 * a screenshot of the page is a real picture.
 */
@TsuhoIntegrationTest
class DashboardBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    Dashboards dashboards;

    private Browser browser;

    @BeforeEach
    void startBrowser() {
        browser = Browser.on(port);
    }

    @AfterEach
    void stopBrowser() {
        browser.quit();
    }

    @Test
    void theSupervisorSeesChartsWithBarsAndTheirNumbers() throws IOException {
        assertThat(ApiClient.on(port).as("company-a").post("/api/v1/reports", ReportBodies.flash()).status()).isEqualTo(201);
        Dashboard dashboard = dashboards.now();

        browser.signIn("supervisor-1");
        browser.findElement(By.cssSelector(".mainnav a[href='/dashboard']")).click();
        browser.visible(By.id("chart-days"));

        assertThat(browser.heading()).isEqualTo("ダッシュボード");
        // the figures today's report moves have a chart; the others have one or say there is nothing to draw
        for (String chart : List.of("chart-queues", "chart-days", "chart-sectors", "chart-lateness")) {
            assertThat(browser.findElements(By.cssSelector("#" + chart + " svg.chart-svg"))).as(chart).hasSize(1);
        }
        for (String chart : List.of("chart-overdue", "chart-escalations", "chart-proceedings", "chart-appeals")) {
            assertThat(browser.findElements(By.cssSelector("#" + chart + " svg.chart-svg, #" + chart + " p.empty"))).as(chart).hasSize(1);
        }
        List<WebElement> dayBars = browser.findElements(By.cssSelector("#chart-days rect.bar"));
        assertThat(dayBars).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("#chart-queues rect.bar"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("#chart-sectors rect.bar"))).isNotEmpty();
        for (WebElement bar : browser.findElements(By.cssSelector("svg rect.bar"))) {
            assertThat(bar.findElement(By.tagName("title")).getAttribute("textContent")).matches(".+: [1-9][0-9]*");
            assertThat(Double.parseDouble(bar.getAttribute("width"))).isPositive();
        }

        DayCount today = dashboard.days().get(dashboard.days().size() - 1);
        assertThat(today.count()).isPositive();
        WebElement todayRow = browser.findElement(By.xpath("//section[@id='chart-days']//tr[th[normalize-space()='" + today.day() + "']]"));
        assertThat(todayRow.findElement(By.tagName("td")).getText()).isEqualTo(Long.toString(today.count()));
        assertThat(dayBars.get(dayBars.size() - 1).findElement(By.tagName("title")).getAttribute("textContent"))
                .endsWith(": " + today.count());
        Dashboard.QueueLoad caseWorkers = dashboard.queues().stream().filter(q -> q.queue().equals("case-worker")).findFirst().orElseThrow();
        WebElement queueRow = browser.findElement(By.xpath("//section[@id='chart-queues']//tr[th[normalize-space()='分析官']]"));
        List<WebElement> cells = queueRow.findElements(By.tagName("td"));
        assertThat(cells.get(cells.size() - 1).getText()).isEqualTo(Long.toString(caseWorkers.open()));
        assertThat(browser.text("#chart-lateness table")).contains("速報", "詳報");

        browser.screenshot("dashboard.png");
        browser.assertNoErrorsReported();

        Path shot = Browser.SCREENSHOTS.resolve("dashboard.png");
        byte[] png = Files.readAllBytes(shot);
        assertThat(png).startsWith(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A);
        assertThat(png.length).isGreaterThan(30_000);
        BufferedImage image = ImageIO.read(shot.toFile());
        assertThat(image.getWidth()).isGreaterThan(1000);
        assertThat(image.getHeight()).isGreaterThan(600);
        assertThat(colours(image)).as("distinct colours in the screenshot").isGreaterThan(50);
        assertThat(hasAccentBlue(image)).as("the bars' accent blue is on the picture").isTrue();
    }

    private static int colours(BufferedImage image) {
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                seen.add(image.getRGB(x, y) & 0xFFFFFF);
            }
        }
        return seen.size();
    }

    /** The chart bars' colour (--accent, #1f5fbf) appears somewhere in the picture. */
    private static boolean hasAccentBlue(BufferedImage image) {
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                if (Math.abs(((rgb >> 16) & 0xFF) - 0x1f) < 8 && Math.abs(((rgb >> 8) & 0xFF) - 0x5f) < 8 && Math.abs((rgb & 0xFF) - 0xbf) < 8) {
                    return true;
                }
            }
        }
        return false;
    }
}
