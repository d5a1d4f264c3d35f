package org.tsuho.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tsuho.identity.Actor;
import org.tsuho.identity.Role;
import org.tsuho.intake.Intake;
import org.tsuho.intake.ReportSubmission;
import org.tsuho.support.Browser;
import org.tsuho.support.TsuhoIntegrationTest;

/**
 * The walking skeleton through a real browser: a company files a report on the form (after fixing a field the form
 * rejected), a case worker claims the triage task from the group queue and closes the case. Also: the English switch,
 * a script in a title shown as text, and the 404/403 pages.
 */
@TsuhoIntegrationTest
class ReportLifecycleBrowserTests {

    private static final Pattern RECEIPT = Pattern.compile("R-\\d{4}-\\d{6}");
    private static final String TOWA_ELECTRIC = "9010401012345";
    private static final String KITAHAMA_BANK = "9120001098765";
    private static final String TITLE = "<script>alert('xss')</script> 給電制御系サーバのランサムウェア感染";

    @LocalServerPort
    int port;
    @Autowired
    Clock clock;
    @Autowired
    Intake intake;

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
    void aCompanyFilesAReportAndACaseWorkerClosesItsCase() {
        // Other companies' reports fill the queue around ours, as on a working day.
        fileDirectly(KITAHAMA_BANK, "company-b", "インターネットバンキングへの DDoS 攻撃", "DDOS");
        fileDirectly(TOWA_ELECTRIC, "company-a", "社内メールサーバへの不正アクセス", "OTHER");

        browser.signIn("company-a");
        assertThat(browser.getCurrentUrl()).endsWith("/company/reports");
        assertThat(browser.heading()).isEqualTo("報告一覧");
        assertThat(browser.text(".topbar .user")).contains("東和電力 報告担当").contains("事業者");

        browser.findElement(By.linkText("新規報告")).click();
        browser.until(ExpectedConditions.urlContains("/company/reports/new"));
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("kind");
        new Select(browser.findElement(By.id("category"))).selectByValue("RANSOMWARE");
        browser.findElement(By.id("title")).sendKeys(TITLE);
        browser.findElement(By.id("summary")).sendKeys("制御系サーバ 2 台のファイルが暗号化され、脅迫文が表示された。");
        browser.setValue(browser.findElement(By.id("awareAt")), japanTimeAgo(Duration.ofHours(2)));
        browser.findElement(By.id("affectedSystems")).sendKeys("給電制御サーバ A\nHMI 端末 3 台");
        new Select(browser.findElement(By.id("indicator-type-0"))).selectByValue("ipv4-addr");
        browser.findElement(By.id("indicator-value-0")).sendKeys("203.0.113.300");
        new Select(browser.findElement(By.id("indicator-type-1"))).selectByValue("domain-name");
        browser.findElement(By.id("indicator-value-1")).sendKeys("c2.attacker.example");
        browser.findElement(By.id("contactName")).sendKeys("山田 太郎");
        browser.findElement(By.id("contactEmail")).sendKeys("soc@towa-electric.example");
        browser.submit("button[type=submit].btn-primary");

        // The rejected indicator is named on its own row and in the summary; everything typed is still there.
        WebElement rowError = browser.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#indicator-rows tr:nth-child(1) .field-error")));
        assertThat(rowError.getText()).contains("ipv4-addr として正しくない値です");
        assertThat(browser.findElements(By.cssSelector("#indicator-rows tr:nth-child(2) .field-error"))).isEmpty();
        assertThat(browser.text(".error-summary")).contains("IoC の値 (1 行目)").contains("ipv4-addr として正しくない値です");
        assertThat(browser.findElement(By.id("title")).getAttribute("value")).isEqualTo(TITLE);
        assertThat(browser.findElement(By.id("indicator-value-1")).getAttribute("value")).isEqualTo("c2.attacker.example");
        browser.screenshot("report-form-errors.png");

        WebElement badValue = browser.findElement(By.id("indicator-value-0"));
        badValue.clear();
        badValue.sendKeys("203.0.113.7");
        browser.submit("button[type=submit].btn-primary");

        String notice = browser.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".flash-ok"))).getText();
        String receipt = firstMatch(RECEIPT, notice);
        assertThat(notice).contains("報告を受け付けました");
        assertThat(browser.heading()).isEqualTo(TITLE);
        assertThat(browser.text("main")).contains("203.0.113.7").contains("給電制御サーバ A").contains("受付");

        browser.findElement(By.linkText("報告一覧")).click();
        WebElement row = browser.until(ExpectedConditions.visibilityOfElementLocated(Browser.rowWith(receipt)));
        assertThat(row.getText()).contains(TITLE).contains("速報").contains("受付").contains("JST");
        browser.screenshot("reports.png");
        assertScriptShownAsText();

        browser.signOut();
        assertThat(browser.text(".flash-ok")).isEqualTo("ログアウトしました。");

        browser.signIn("worker-1");
        assertThat(browser.getCurrentUrl()).contains("/inbox");
        browser.findElement(By.linkText("グループキュー")).click();
        row = rowOnSomePage(receipt);
        assertThat(row.getText()).contains("東和電力株式会社").contains("電気").contains("トリアージ").contains("未評価");
        browser.screenshot("inbox.png");
        browser.submit(row.findElement(By.cssSelector("button[type=submit]")));
        assertThat(browser.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".flash-ok"))).getText())
                .contains("を引き受けました");

        browser.findElement(By.linkText("自分のタスク")).click();
        row = browser.until(ExpectedConditions.visibilityOfElementLocated(Browser.rowWith(receipt)));
        assertThat(row.getText()).contains("worker-1");
        row.findElement(By.cssSelector("td:first-child a")).click();

        browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("triage")));
        assertThat(browser.heading()).isEqualTo(TITLE);
        assertThat(browser.text(".header-badges")).contains("トリアージ中").contains("TLP:AMBER").contains("ランサムウェア");
        assertThat(browser.text(".indicators")).contains("ipv4-addr").contains("203.0.113.7").contains("c2.attacker.example");
        assertThat(browser.text(".timeline")).contains("報告受付").contains("タスク引受け").contains("トリアージ開始");
        assertScriptShownAsText();
        browser.screenshot("case.png");

        // A decision without its rationale is refused on the form, next to the field.
        new Select(browser.findElement(By.id("severity"))).selectByValue("2");
        browser.findElement(By.cssSelector("input[name=decision][value=CLOSE]")).click();
        browser.submit("#triage button[type=submit]");
        assertThat(browser.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".has-error .field-error"))).getText())
                .isEqualTo("入力してください");
        assertThat(browser.findElement(By.cssSelector("input[name=decision][value=CLOSE]")).isSelected()).isTrue();
        browser.findElement(By.id("rationale")).sendKeys("影響は限定的で、事業者において復旧済み。");
        browser.submit("#triage button[type=submit]");

        assertThat(browser.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".flash-ok"))).getText())
                .isEqualTo("トリアージを完了しました (判断: 終結)。");
        assertThat(browser.findElements(By.id("triage"))).isEmpty();
        assertThat(browser.text(".header-badges")).contains("終結").contains("2 中");
        assertThat(browser.text(".timeline")).contains("トリアージ判断").contains("案件終結").contains("JST");
        browser.screenshot("case-closed.png");

        browser.findElement(By.linkText("English")).click();
        browser.until(ExpectedConditions.textToBe(By.cssSelector(".timeline-action"), "Report received"));
        assertThat(browser.text(".header-badges")).contains("Closed").contains("2 Medium");
        assertThat(browser.text(".column-side")).contains("Timeline").contains("Triage decided").contains("Case closed");
        assertThat(browser.text(".mainnav")).contains("Inbox").contains("Cases");
        assertThat(browser.text(".topbar .user")).contains("Case worker");
        browser.assertNoErrorsReported();
    }

    @Test
    void theSignInPageIsJapaneseUntilEnglishIsChosen() {
        browser.open("/login");
        assertThat(browser.heading()).isEqualTo("ログイン");
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("username");

        browser.findElement(By.id("username")).sendKeys("worker-1");
        browser.findElement(By.id("password")).sendKeys("wrong");
        browser.submit("form button[type=submit]");
        assertThat(browser.text(".flash-error")).isEqualTo("ユーザー名またはパスワードが正しくありません。");
        browser.screenshot("login.png");

        browser.findElement(By.linkText("English")).click();
        browser.until(ExpectedConditions.textToBe(By.tagName("h1"), "Sign in"));
        assertThat(browser.findElement(By.cssSelector("label[for=username]")).getText()).isEqualTo("User name");
        browser.open("/login");
        assertThat(browser.heading()).as("the choice is remembered").isEqualTo("Sign in");
    }

    @Test
    void missingOrForeignRecordsShowTheNotFoundPageAndOtherRolesTheForbiddenPage() throws Exception {
        UUID towaReport = fileDirectly(TOWA_ELECTRIC, "company-a", "変電所監視端末のマルウェア感染", "OTHER");

        browser.signIn("company-b");
        browser.open("/company/reports/" + towaReport);
        assertThat(browser.heading()).isEqualTo("見つかりません");
        assertThat(browser.text("main")).doesNotContain("変電所監視端末");
        browser.open("/inbox");
        assertThat(browser.heading()).isEqualTo("アクセス権限がありません");
        browser.signOut();

        browser.signIn("worker-1");
        browser.open("/cases/" + UUID.randomUUID());
        assertThat(browser.heading()).isEqualTo("見つかりません");
        browser.screenshot("not-found.png");
        browser.open("/cases/not-a-case");
        assertThat(browser.heading()).isEqualTo("見つかりません");
        browser.open("/company/reports");
        assertThat(browser.heading()).isEqualTo("アクセス権限がありません");
        assertThat(browser.text(".topbar .user")).as("error pages keep the top bar").contains("分析官 1");

        // The API keeps its own error format for the same mistakes.
        HttpResponse<String> api = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(browser.url("/api/v1/cases/" + UUID.randomUUID())))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("worker-1:demo".getBytes(StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(api.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    private UUID fileDirectly(String companyId, String username, String title, String category) {
        Actor company = new Actor(username, username, Set.of(Role.COMPANY), companyId);
        ReportSubmission submission = new ReportSubmission("INCIDENT", "FLASH", null, category, title, "概要",
                clock.instant().minus(1, ChronoUnit.HOURS).toString(), null, null, List.of(), List.of(), "AMBER", false,
                new ReportSubmission.ContactInput("担当者", "soc@example.jp", null));
        return intake.submit(company, submission, null, null).report().id();
    }






    private String japanTimeAgo(Duration ago) {
        return LocalDateTime.ofInstant(clock.instant().minus(ago), JapanTime.ZONE).format(DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm"));
    }

    private void assertScriptShownAsText() {
        assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        assertThat(browser.findElements(By.tagName("script")))
                .allSatisfy(script -> assertThat(script.getAttribute("src")).endsWith("/js/tsuho.js"));
        assertThat(browser.getPageSource()).contains("&lt;script&gt;alert(");
    }







    private static String firstMatch(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        assertThat(m.find()).as("%s in %s", pattern, text).isTrue();
        return m.group();
    }

    /** The shared test database may hold more tasks than one page: follow "next page" until the row shows. */
    private WebElement rowOnSomePage(String receipt) {
        while (true) {
            List<WebElement> rows = browser.findElements(Browser.rowWith(receipt));
            if (!rows.isEmpty()) {
                return rows.get(0);
            }
            List<WebElement> next = browser.findElements(By.cssSelector(".pager a"));
            assertThat(next).as("task row for " + receipt + " in the queue").isNotEmpty();
            next.get(0).click();
        }
    }
}
