package org.tsuho.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tsuho.support.ApiClient;
import org.tsuho.support.Browser;
import org.tsuho.support.ReportBodies;
import org.tsuho.support.TaskQueue;
import org.tsuho.support.TsuhoIntegrationTest;

/**
 * Markup typed into free-text fields (a report's title, summary, systems and contact name, a triage rationale and
 * question, a company's answer) is shown as text on every screen that shows it, in a real browser: no script runs (no
 * alert, the flag the payloads set stays unset) and no element of the payloads exists in the page.
 */
@TsuhoIntegrationTest
class InertUserTextBrowserTests {

    /** Each payload would mark the page (the data-xss attribute) and set window.tsuhoXss if it were taken as markup. */
    private static final List<String> PAYLOADS = List.of(
            "<script data-xss>window.tsuhoXss=1;alert(1)</script>",
            "<img src=x data-xss onerror=\"window.tsuhoXss=1;alert(2)\">",
            "\"><svg data-xss onload=\"window.tsuhoXss=1\">",
            "'><a data-xss href=\"javascript:window.tsuhoXss=1\">x</a>",
            "<iframe data-xss srcdoc=\"<script>parent.tsuhoXss=1</script>\"></iframe>");

    @LocalServerPort
    int port;

    private Browser browser;

    @BeforeEach
    void startBrowser() {
        browser = Browser.on(port);
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void markupInEveryFieldOfAReportAndItsRequestIsShownAsText() {
        ApiClient company = ApiClient.on(port).as("company-a");
        ApiClient worker = ApiClient.on(port).as("worker-1");
        ObjectNode body = ReportBodies.flash();
        body.put("title", "XSS " + PAYLOADS.get(0));
        body.put("summary", String.join("\n", PAYLOADS));
        body.putArray("affectedSystems").add(PAYLOADS.get(1)).add(PAYLOADS.get(2));
        ((ObjectNode) body.get("contact")).put("name", PAYLOADS.get(3));
        ApiClient.Response filed = company.post("/api/v1/reports", body);
        assertThat(filed.status()).as("%s", filed).isEqualTo(201);
        String reportId = filed.text("id");
        String caseId = filed.text("caseId");

        String taskId = TaskQueue.find(worker, "group", caseId, "triage").orElseThrow().path("id").asText();
        assertThat(worker.post("/api/v1/tasks/" + taskId + "/claim").status()).isEqualTo(200);
        assertThat(worker.post("/api/v1/tasks/" + taskId + "/complete", Map.of("severity", 2, "category", "RANSOMWARE",
                "decision", "REQUEST_INFORMATION", "rationale", PAYLOADS.get(4), "question", PAYLOADS.get(1))).status()).isEqualTo(200);
        JsonNode request = company.get("/api/v1/reports/" + reportId).json().path("requests").get(0);
        assertThat(company.post("/api/v1/requests/" + request.path("id").asText() + "/answer", Map.of("answer", PAYLOADS.get(2))).status())
                .isEqualTo(200);

        browser.signIn("company-a");
        assertInert("/company/reports", PAYLOADS.get(0));
        assertInert("/company/reports/" + reportId, PAYLOADS.get(0), PAYLOADS.get(1), PAYLOADS.get(2), PAYLOADS.get(3));
        browser.signOut();

        browser.signIn("worker-1");
        assertInert("/cases", PAYLOADS.get(0));
        assertInert("/cases/" + caseId, PAYLOADS.get(0), PAYLOADS.get(1), PAYLOADS.get(2), PAYLOADS.get(3), PAYLOADS.get(4));
        assertInert("/inbox");
        browser.signOut();
    }

    /** Opens the page and checks that the payloads are there as text and nowhere as markup. */
    private void assertInert(String path, String... shownAsText) {
        browser.open(path);
        browser.visible(By.tagName("h1"));
        assertNoAlert(path);
        assertThat(browser.executeScript("return window.tsuhoXss === undefined && parent.tsuhoXss === undefined;"))
                .as("a payload's script ran on %s", path).isEqualTo(true);
        assertThat(browser.findElements(By.cssSelector("[data-xss]"))).as("an element of a payload on %s", path).isEmpty();
        assertThat(browser.findElements(By.cssSelector("main iframe, main svg[onload], main img[onerror]"))).as(path).isEmpty();
        String text = browser.findElement(By.tagName("body")).getText();
        for (String payload : shownAsText) {
            assertThat(text).as("%s shows the text as typed", path).contains(payload.strip());
        }
    }

    private void assertNoAlert(String path) {
        try {
            String message = browser.switchTo().alert().getText();
            throw new AssertionError("an alert (" + message + ") opened on " + path);
        } catch (NoAlertPresentException expected) {
            // nothing ran
        }
    }
}
