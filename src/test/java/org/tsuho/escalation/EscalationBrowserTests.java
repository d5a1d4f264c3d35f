package org.tsuho.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tsuho.support.ApiClient;
import org.tsuho.support.Browser;
import org.tsuho.support.ReportBodies;
import org.tsuho.support.TaskQueue;
import org.tsuho.support.TsuhoIntegrationTest;

/**
 * Escalation through a real browser: a case worker proposes referring a case to the police, a supervisor approves it
 * from the approval queue, the police liaison reads the minimised package in the portal and acknowledges it, and the
 * case page shows the referral and the disclosure log. The case worker is never offered the approval.
 */
@TsuhoIntegrationTest
class EscalationBrowserTests {

    private static final String CONTACT_NAME = "山田 太郎";
    private static final String CONTACT_EMAIL = "soc@towa-electric.example";
    private static final String CONTACT_PHONE = "+81-3-1234-5678";
    private static final String REFERENCE = "NPA-CYB-2026-0042";

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
    void aCaseWorkerProposesASupervisorApprovesAndThePoliceLiaisonAcknowledges() throws Exception {
        ApiClient api = ApiClient.on(port);
        ObjectNode report = ReportBodies.flash();
        report.put("summary", "給電制御サーバが暗号化された。C2 は 203.0.113.7。担当 " + CONTACT_NAME + " (" + CONTACT_EMAIL + ")");
        ApiClient.Response filed = api.as("company-a").post("/api/v1/reports", report);
        assertThat(filed.status()).as("%s", filed).isEqualTo(201);
        String caseId = filed.text("caseId");
        String caseNumber = filed.text("caseNumber");

        // The case worker takes the triage from the case page and proposes referring the case to the police.
        browser.signIn("worker-1");
        browser.open("/cases/" + caseId);
        browser.submit(taskItem("トリアージ").findElement(By.cssSelector("button[type=submit]")));
        assertThat(browser.visible(By.cssSelector(".flash-ok")).getText()).contains("を引き受けました");
        new Select(browser.findElement(By.id("severity"))).selectByValue("4");
        browser.findElement(By.cssSelector("input[name=decision][value=ESCALATE]")).click();
        browser.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[name=targets][value=POLICE]"))).click();
        browser.findElement(By.id("rationale")).sendKeys("C2 サーバへの通信が継続しており、給電制御に影響するおそれがある。");
        browser.submit("#triage button[type=submit]");

        // A proposal without criteria is refused next to the field; what was chosen stays chosen.
        assertThat(browser.visible(By.cssSelector("#triage .has-error .field-error")).getText()).isEqualTo("入力してください");
        assertThat(browser.findElement(By.cssSelector("input[name=decision][value=ESCALATE]")).isSelected()).isTrue();
        assertThat(browser.findElement(By.cssSelector("input[name=targets][value=POLICE]")).isSelected()).isTrue();
        browser.findElement(By.cssSelector("input[name=criteria][value=ONGOING_ATTACK_INFRASTRUCTURE]")).click();
        browser.findElement(By.cssSelector("input[name=criteria][value=LIFE_SAFETY_RISK]")).click();
        browser.submit("#triage button[type=submit]");

        assertThat(browser.visible(By.cssSelector(".flash-ok")).getText()).isEqualTo("エスカレーションを提案しました。責任者の承認を待っています。");
        assertThat(browser.text(".header-badges")).contains("エスカレーション審査中").contains("4 重大");
        assertThat(browser.text("#escalations")).contains("承認待ち").contains("警察庁").contains("攻撃基盤が継続して稼働")
                .contains("生命・身体への重大な危険").contains("worker-1").contains("C2 サーバへの通信が継続");
        assertThat(browser.findElements(By.id("approval"))).isEmpty();
        // Only supervisors approve: the approval is in no queue of the case worker, and the case page offers no claim.
        assertThat(taskItem("エスカレーションの承認").getText()).contains("未割当て");
        assertThat(taskItem("エスカレーションの承認").findElements(By.cssSelector("button"))).isEmpty();
        assertThat(TaskQueue.find(api.as("worker-1"), "group", caseId, "approve-escalation")).isEmpty();
        browser.signOut();

        // The supervisor finds the approval in the group queue, with the proposal at a glance, and takes it.
        browser.signIn("supervisor-1");
        browser.findElement(By.linkText("グループキュー")).click();
        WebElement row = rowAcrossPages(caseNumber);
        assertThat(row.getText()).contains("エスカレーションの承認").contains("警察庁").contains("攻撃基盤が継続して稼働")
                .contains("東和電力株式会社");
        browser.screenshot("escalation-inbox.png");
        browser.submit(row.findElement(By.cssSelector("button[type=submit]")));
        assertThat(browser.visible(By.cssSelector(".flash-ok")).getText()).contains("を引き受けました");
        browser.findElement(By.linkText("自分のタスク")).click();
        rowAcrossPages(caseNumber).findElement(By.cssSelector("td:first-child a")).click();

        WebElement approval = browser.visible(By.id("approval"));
        assertThat(browser.text("#escalations")).contains("worker-1").contains("攻撃基盤が継続して稼働").contains("警察庁");
        // The marking is asked for once "approve" is chosen, never below the report's AMBER.
        assertThat(browser.findElement(By.id("approval-tlp")).isDisplayed()).isFalse();
        browser.findElement(By.cssSelector("#approval input[name=approved][value=true]")).click();
        List<String> markings = new Select(browser.findElement(By.id("approval-tlp"))).getOptions().stream()
                .map(WebElement::getText).toList();
        assertThat(markings).containsExactly("TLP:AMBER", "TLP:AMBER+STRICT", "TLP:RED");
        assertThat(new Select(browser.findElement(By.id("approval-tlp"))).getFirstSelectedOption().getText()).isEqualTo("TLP:AMBER");
        assertThat(approval.getText()).contains("報告の TLP (AMBER) より低い区分は指定できません。");
        assertThat(browser.text("#escalations")).contains("報告の TLP").contains("TLP:AMBER");
        browser.screenshot("escalation-approval.png");

        // Without reasons the decision is refused on the form, with the choices kept.
        browser.submit("#approval button[type=submit]");
        assertThat(browser.text("#approval .error-summary")).contains("判断理由").contains("入力してください");
        assertThat(browser.findElement(By.cssSelector("#approval input[name=approved][value=true]")).isSelected()).isTrue();
        new Select(browser.findElement(By.id("approval-tlp"))).selectByVisibleText("TLP:AMBER+STRICT");
        browser.findElement(By.id("approval-rationale")).sendKeys("基準 (攻撃基盤の稼働、生命への危険) を満たす。警察庁へ連携する。");
        browser.submit("#approval button[type=submit]");

        assertThat(browser.visible(By.cssSelector(".flash-ok")).getText()).isEqualTo("エスカレーションを承認しました。連携パッケージを送付しました。");
        assertThat(browser.text(".header-badges")).contains("関係機関へ連携済み");
        assertThat(browser.text("#escalations")).contains("連携中").contains("supervisor-1").contains("TLP:AMBER+STRICT");
        assertThat(browser.text("#referral-POLICE")).contains("警察庁").contains("送付済み").contains("TLP:AMBER+STRICT").contains("未確認");
        assertThat(browser.text("#disclosures")).contains("連携先はまだパッケージを受け取っていません。");
        browser.signOut();

        // The police liaison starts in the portal, opens the package and acknowledges it.
        browser.signIn("police-liaison");
        assertThat(browser.getCurrentUrl()).endsWith("/referrals");
        assertThat(browser.heading()).isEqualTo("連携案件");
        row = browser.visible(Browser.rowWith(caseNumber));
        assertThat(row.getText()).contains("警察庁").contains("TLP:AMBER+STRICT").contains("送付済み").contains("未確認").contains("JST");
        browser.screenshot("liaison-portal.png");
        WebElement link = row.findElement(By.cssSelector("td:first-child a"));
        String referralPath = URI.create(link.getAttribute("href")).getPath();
        link.click();

        browser.visible(By.id("indicators"));
        assertThat(browser.heading()).isEqualTo(caseNumber + " の連携パッケージ");
        assertThat(browser.text(".header-badges")).contains("送付済み").contains("TLP:AMBER+STRICT");
        assertThat(browser.text("#indicators")).contains("ipv4-addr").contains("203.0.113.7");
        assertThat(browser.text("#package")).contains("警察官職務執行法").contains("攻撃基盤が継続して稼働");
        assertThat(browser.text("#incident")).contains("東和電力株式会社").contains("ランサムウェア").contains("4 重大");
        assertThat(browser.getPageSource()).as("the package carries no contact person and no regulator staff")
                .doesNotContain(CONTACT_NAME, CONTACT_EMAIL, CONTACT_PHONE, "山田", "worker-1", "supervisor-1");
        assertThat(browser.text("main")).contains("[redacted]").doesNotContain("担当 山田");
        browser.screenshot("liaison-referral.png");

        HttpResponse<String> stix = download(browser.findElement(By.id("stix-download")).getAttribute("href"));
        assertThat(stix.statusCode()).isEqualTo(200);
        assertThat(stix.headers().firstValue("Content-Type")).hasValue("application/stix+json;version=2.1");
        assertThat(stix.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"" + caseNumber + "-POLICE.stix.json\"");
        assertThat(stix.body()).contains("\"type\":\"bundle\"").contains("[ipv4-addr:value = '203.0.113.7']").doesNotContain(CONTACT_EMAIL);

        browser.findElement(By.id("reference")).sendKeys(REFERENCE);
        browser.findElement(By.id("acknowledgement-note")).sendKeys("サイバー特別捜査部で受領");
        browser.submit("#acknowledgement button[type=submit]");
        assertThat(browser.visible(By.cssSelector(".flash-ok")).getText()).isEqualTo("受領確認を記録しました。");
        assertThat(browser.text("#acknowledgement")).contains(REFERENCE).contains("police-liaison").contains("サイバー特別捜査部で受領");
        assertThat(browser.text(".header-badges")).contains("受領確認済み");

        new Select(browser.findElement(By.id("feedback-type"))).selectByValue("COMMISSION_APPROVAL_REQUESTED");
        browser.findElement(By.id("feedback-note")).sendKeys("監理委員会へ事前承認を申請した。");
        browser.submit("#feedback button[type=submit]");
        assertThat(browser.visible(By.cssSelector(".flash-ok")).getText()).isEqualTo("フィードバック「監理委員会へ承認を申請」を記録しました。");
        assertThat(browser.text("#feedback")).contains("監理委員会へ承認を申請").contains("監理委員会へ事前承認を申請した。");
        browser.assertNoErrorsReported();
        browser.signOut();

        // Another agency's liaison finds nothing there.
        browser.signIn("mod-liaison");
        assertThat(browser.getCurrentUrl()).endsWith("/referrals");
        assertThat(browser.findElements(Browser.rowWith(caseNumber))).isEmpty();
        browser.open(referralPath);
        assertThat(browser.heading()).isEqualTo("見つかりません");
        assertThat(browser.getPageSource()).doesNotContain("203.0.113.7");
        browser.signOut();

        // Staff see where the case stands: referred, acknowledged, and every delivery in the disclosure log.
        browser.signIn("worker-1");
        browser.open("/cases/" + caseId);
        assertThat(browser.text(".header-badges")).contains("関係機関へ連携済み");
        assertThat(browser.text("#referral-POLICE")).contains("受領確認済み").contains(REFERENCE).contains("police-liaison")
                .contains("監理委員会へ承認を申請");
        List<WebElement> disclosures = browser.findElements(By.cssSelector("#disclosures tbody tr"));
        assertThat(disclosures).hasSizeGreaterThanOrEqualTo(2);
        assertThat(disclosures.get(0).getText()).contains("警察庁").contains("police-liaison").contains("パッケージ")
                .contains("初回提供").contains("TLP:AMBER+STRICT").contains("警察官職務執行法").contains("JST");
        assertThat(browser.text("#disclosures")).contains("STIX 2.1");
        assertThat(browser.text(".timeline")).contains("エスカレーション提案").contains("エスカレーション承認").contains("連携パッケージ送付")
                .contains("連携パッケージ受領").contains("連携の受領確認").contains("連携先からのフィードバック");
        browser.executeScript("document.getElementById('referrals').scrollIntoView();");
        browser.screenshot("escalation-case.png");

        browser.findElement(By.linkText("English")).click();
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("disclosures"), "Disclosure log"));
        assertThat(browser.text("#referral-POLICE")).contains("National Police Agency").contains("Acknowledged");
        assertThat(browser.text(".timeline")).contains("Escalation approved").contains("Referral acknowledged");
        browser.assertNoErrorsReported();
    }

    /** The case's item in the case page's list of open tasks, by the task's name. */
    private WebElement taskItem(String name) {
        return browser.findElement(By.xpath("//ul[@class='task-list']/li[.//strong[normalize-space()='" + name + "']]"));
    }

    /** The inbox row of the case, following "next page" while the shared test database fills the queue ahead of it. */
    private WebElement rowAcrossPages(String caseNumber) {
        while (true) {
            List<WebElement> rows = browser.findElements(Browser.rowWith(caseNumber));
            if (!rows.isEmpty()) {
                return rows.get(0);
            }
            Optional<WebElement> next = browser.findElements(By.cssSelector(".pager a")).stream().findFirst();
            assertThat(next).as("a row of %s in the queue", caseNumber).isPresent();
            browser.submit(next.get());
        }
    }

    /** Fetches a link with the browser's session, as a download would. */
    private HttpResponse<String> download(String url) throws IOException, InterruptedException {
        String session = browser.manage().getCookieNamed("JSESSIONID").getValue();
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).header("Cookie", "JSESSIONID=" + session).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
