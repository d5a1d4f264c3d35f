package org.tsuho.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.ZoneId;
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
 * Markup typed into free-text fields is shown as text on every screen that shows it, in a real browser: no script
 * runs (no alert, the flag the payloads set stays unset) and no element of the payloads exists in the page. The fields:
 * a report's title, summary, systems and contact name, a triage rationale and question, a company's answer; an
 * escalation's rationales, the partner's reference, note and feedback; a proceeding's grounds, the notice's facts and
 * legal basis, its approval, the explanation (弁明書), the disposition's reasons; an appeal's grounds and rebuttal.
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

    @Test
    void markupInEscalationTextIsShownAsText() {
        ApiClient worker = ApiClient.on(port).as("worker-1");
        ApiClient supervisor = ApiClient.on(port).as("supervisor-1");
        ApiClient police = ApiClient.on(port).as("police-liaison");
        String caseId = fileReport();
        complete(worker, caseId, "triage", Map.of("severity", 4, "category", "RANSOMWARE", "decision", "ESCALATE",
                "rationale", PAYLOADS.get(0), "escalation", Map.of("targets", List.of("POLICE"),
                        "criteria", List.of("ONGOING_ATTACK_INFRASTRUCTURE"), "emergency", false)));
        complete(supervisor, caseId, "approve-escalation", Map.of("approved", true, "rationale", PAYLOADS.get(1)));
        complete(police, caseId, "acknowledge-referral", Map.of("reference", PAYLOADS.get(2), "note", PAYLOADS.get(3)));
        String caseNumber = worker.get("/api/v1/cases/" + caseId).json().path("caseNumber").asText();
        String referralId = police.get("/api/v1/referrals?limit=200").json().path("items").findParents("caseNumber").stream()
                .filter(r -> r.path("caseNumber").asText().equals(caseNumber)).findFirst().orElseThrow().path("id").asText();
        ApiClient.Response feedback = police.post("/api/v1/referrals/" + referralId + "/feedback",
                Map.of("type", "MEASURE_TAKEN", "note", PAYLOADS.get(4)));
        assertThat(feedback.status()).as("%s", feedback).isIn(200, 201);

        browser.signIn("worker-1");
        assertInert("/cases/" + caseId, PAYLOADS.get(0));
        browser.signOut();
        browser.signIn("police-liaison");
        assertInert("/referrals");
        assertInert("/referrals/" + referralId);
        browser.signOut();
        browser.signIn("oversight-1");
        assertInert("/oversight/feedback");
        browser.signOut();
    }

    @Test
    void markupInProceedingAndAppealTextIsShownAsText() {
        ApiClient company = ApiClient.on(port).as("company-a");
        ApiClient worker = ApiClient.on(port).as("worker-1");
        ApiClient supervisor = ApiClient.on(port).as("supervisor-1");
        String caseId = fileReport();
        ApiClient.Response opened = worker.post("/api/v1/proceedings",
                Map.of("companyId", "9010401012345", "caseId", caseId, "grounds", PAYLOADS.get(0)));
        assertThat(opened.status()).as("%s", opened).isEqualTo(201);
        String proceedingId = opened.text("id");
        complete(worker, caseId, "prepare-notice", Map.of("disposition", "ORDER", "facts", PAYLOADS.get(1),
                "legalBasis", PAYLOADS.get(2), "responseDays", 10));
        complete(supervisor, caseId, "approve-notice", Map.of("approved", true, "rationale", PAYLOADS.get(3)));
        String intendedId = notice(company, proceedingId, "INTENDED_DISPOSITION");
        assertThat(company.post("/api/v1/notices/" + intendedId + "/explanation", Map.of("text", PAYLOADS.get(4))).status())
                .isEqualTo(201);
        complete(supervisor, caseId, "decide-disposition", Map.of("decision", "ORDER", "reasons", PAYLOADS.get(0),
                "complianceDays", 14));
        String dispositionId = notice(company, proceedingId, "DISPOSITION");
        ApiClient.Response appealed = company.post("/api/v1/appeals", Map.of("noticeId", dispositionId,
                "learnedOn", LocalDate.now(ZoneId.of("Asia/Tokyo")).toString(), "grounds", PAYLOADS.get(2)));
        assertThat(appealed.status()).as("%s", appealed).isEqualTo(201);
        String appealId = appealed.text("id");

        browser.signIn("company-a");
        assertInert("/company/notices/" + intendedId);
        assertInert("/company/notices/" + dispositionId);
        assertInert("/company/appeals/" + appealId, PAYLOADS.get(2));
        browser.signOut();
        browser.signIn("worker-1");
        assertInert("/proceedings/" + proceedingId, PAYLOADS.get(4));
        assertInert("/appeals/" + appealId, PAYLOADS.get(2));
        assertInert("/cases/" + caseId);
        browser.signOut();
    }

    private String fileReport() {
        ApiClient.Response filed = ApiClient.on(port).as("company-a").post("/api/v1/reports", ReportBodies.flash());
        assertThat(filed.status()).as("%s", filed).isEqualTo(201);
        return filed.text("caseId");
    }

    /** Claims the case's task of this kind from the group queue and completes it with the body. */
    private static void complete(ApiClient staff, String caseId, String taskKey, Map<String, Object> body) {
        String taskId = TaskQueue.find(staff, "group", caseId, taskKey).orElseThrow(() -> new AssertionError(taskKey + " not queued"))
                .path("id").asText();
        assertThat(staff.post("/api/v1/tasks/" + taskId + "/claim").status()).isEqualTo(200);
        ApiClient.Response done = staff.post("/api/v1/tasks/" + taskId + "/complete", body);
        assertThat(done.status()).as("%s %s", taskKey, done).isEqualTo(200);
    }

    private static String notice(ApiClient company, String proceedingId, String type) {
        return company.get("/api/v1/notices?limit=200").json().path("items").findParents("proceedingId").stream()
                .filter(n -> n.path("proceedingId").asText().equals(proceedingId) && n.path("type").asText().equals(type))
                .findFirst().orElseThrow(() -> new AssertionError(type + " notice not found")).path("id").asText();
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
