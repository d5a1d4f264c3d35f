package org.tsuho.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tsuho.identity.Actor;
import org.tsuho.identity.Role;
import org.tsuho.intake.Intake;
import org.tsuho.intake.ReportSubmission;
import org.tsuho.intake.ReportView;
import org.tsuho.support.Browser;
import org.tsuho.support.TsuhoIntegrationTest;

/**
 * The penalty track through a real browser: a late flash report opens a proceeding; worker-1 drafts the notice and
 * supervisor-1 approves it; company-a reads the notice, downloads its PDF and explains itself (after a rejected empty
 * form); supervisor-1 reads the explanation and orders the company to comply, which company-a then sees.
 */
@TsuhoIntegrationTest
class PenaltyBrowserTests {

    private static final String TOWA_ELECTRIC = "9010401012345";

    @LocalServerPort
    int port;
    @Autowired
    Clock clock;
    @Autowired
    Intake intake;
    @Autowired
    ProceedingViews proceedings;

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
    void aLateReportLeadsToANoticeThatTheCompanyAnswersAndASupervisorDecides() {
        ReportView late = fileLateFlashReport();
        ProceedingSummary opened = proceedings.ofCase(late.caseId()).get(0);

        // A case worker finds the proceeding in the list, takes its first task and drafts the notice.
        browser.signIn("worker-1");
        browser.findElement(By.cssSelector(".mainnav a[href='/proceedings']")).click();
        WebElement row = browser.until(ExpectedConditions.visibilityOfElementLocated(rowWith(opened.number())));
        assertThat(row.getText()).contains("東和電力株式会社", "通知案の作成中", "弁明通知案の作成", "未割当て");
        browser.submit(row.findElement(By.linkText(opened.number())));
        assertThat(browser.heading()).isEqualTo("処分手続 " + opened.number());
        assertThat(browser.text("#failures")).contains("期限後の報告", late.receiptNumber(), "2,000,000円");
        browser.submit("#main .task-list form button");
        assertThat(browser.flash("ok")).contains("を引き受けました");
        browser.findElement(By.cssSelector("#facts")).sendKeys("速報が報告期限の24時間後に提出された。");
        browser.findElement(By.cssSelector("#legalBasis")).sendKeys("サイバー対処能力強化法 第5条、第6条");
        browser.screenshot("proceeding-prepare.png");
        browser.submit("#prepare-notice button[type=submit]");
        assertThat(browser.flash("ok")).isEqualTo("「弁明通知案の作成」を完了しました。");
        assertThat(browser.text(".header-badges")).contains("通知案の承認待ち");
        browser.signOut();

        // A supervisor approves it: the notice is served.
        browser.signIn("supervisor-1");
        browser.open("/proceedings/" + opened.id());
        browser.submit("#main .task-list form button");
        browser.findElement(By.cssSelector("#approve-notice input[name=approved][value=true]")).click();
        browser.findElement(By.cssSelector("#approve-rationale")).sendKeys("事実と根拠を確認した。");
        browser.submit("#approve-notice button[type=submit]");
        assertThat(browser.text(".header-badges")).contains("弁明書の提出期間中");
        assertThat(browser.text("#notices")).contains("弁明の機会の付与通知", "命令");
        java.util.regex.Matcher served = java.util.regex.Pattern.compile("N-\\d{4}-\\d{6}").matcher(browser.text("#notices"));
        assertThat(served.find()).isTrue();
        String noticeNumber = served.group();
        browser.signOut();

        // The company reads its notice, downloads the PDF, and explains itself.
        browser.signIn("company-a");
        browser.findElement(By.cssSelector(".mainnav a[href='/company/notices']")).click();
        // Other tests may have served company-a notices too (some at later engine-clock times): find this one.
        row = browser.until(ExpectedConditions.visibilityOfElementLocated(Browser.rowWith(noticeNumber)));
        assertThat(row.getText()).contains("弁明の機会の付与通知", "命令", "弁明書の提出期限", "提出可", "JST");
        browser.submit(row.findElement(By.cssSelector("td a")));
        assertThat(browser.heading()).isEqualTo("弁明の機会の付与について（通知）");
        assertThat(browser.text("main")).contains("東和電力株式会社 御中", "予定される不利益処分の内容", "弁明書の提出先及び提出期限");
        Map<?, ?> pdf = (Map<?, ?>) browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(document.querySelector('a[href$="/pdf"]').href).then(r => r.arrayBuffer().then(body => done({
                  status: r.status, type: r.headers.get('Content-Type'),
                  head: String.fromCharCode(...new Uint8Array(body).slice(0, 5))})));
                """);
        assertThat(pdf.get("status")).isEqualTo(200L);
        assertThat(pdf.get("type")).isEqualTo("application/pdf");
        assertThat(pdf.get("head")).isEqualTo("%PDF-");
        browser.submit("#explanation button[type=submit]");
        assertThat(browser.text("#explanation .field-error")).isEqualTo("入力してください");
        browser.findElement(By.cssSelector("#explanation-text")).sendKeys("担当者の不在により速報が遅れました。当番体制を見直し、再発を防止します。");
        browser.screenshot("notice-explanation.png");
        browser.submit("#explanation button[type=submit]");
        assertThat(browser.flash("ok")).isEqualTo("弁明書を受け付けました。");
        assertThat(browser.text("#explanation")).contains("当番体制を見直し");
        assertThat(browser.findElements(By.cssSelector("#explanation form"))).isEmpty();
        browser.signOut();

        // The supervisor reads the explanation and orders the company to comply.
        browser.signIn("supervisor-1");
        browser.open("/proceedings/" + opened.id());
        assertThat(browser.text("#explanation")).contains("company-a", "当番体制を見直し");
        browser.submit("#main .task-list form button");
        browser.findElement(By.cssSelector("#decide-disposition input[name=decision][value=ORDER]")).click();
        browser.findElement(By.cssSelector("#reasons")).sendKeys("速報の遅延は24時間に及び、体制の見直しを確実にする必要がある。");
        browser.findElement(By.cssSelector("#complianceDays")).sendKeys("14");
        browser.screenshot("proceeding-decide.png");
        browser.submit("#decide-disposition button[type=submit]");
        assertThat(browser.flash("ok")).isEqualTo("「処分の決定」を完了しました。");
        assertThat(browser.text(".header-badges")).contains("命令の履行期間中");
        assertThat(browser.text("#notices")).contains("処分通知書", "履行期限", "審査請求期限");
        assertThat(browser.text("#decisions")).contains("処分の決定", "命令", "体制の見直しを確実にする必要がある");
        browser.screenshot("proceeding.png");

        browser.findElement(By.cssSelector("a[href='?lang=en']")).click();
        browser.until(ExpectedConditions.textToBe(By.tagName("h1"), "Penalty proceeding " + opened.number()));
        assertThat(browser.text(".header-badges")).contains("Order in force", "Order and referral (jp-acd)");
        browser.findElement(By.cssSelector("a[href='?lang=ja']")).click();
        browser.signOut();

        // The company sees the penalty notice with its deadlines.
        browser.signIn("company-a");
        browser.open("/company/notices");
        assertThat(browser.text("main table")).contains("処分通知書", "履行期限", "審査請求期限", "命令の履行期間中");
        browser.assertNoErrorsReported();
    }

    private ReportView fileLateFlashReport() {
        Actor company = new Actor("company-a", "東和電力 報告担当", Set.of(Role.COMPANY), TOWA_ELECTRIC);
        ReportSubmission submission = new ReportSubmission("INCIDENT", "FLASH", null, "RANSOMWARE", "給電制御系の侵害 " + UUID.randomUUID(),
                "制御系サーバが暗号化された。", clock.instant().minus(2, ChronoUnit.DAYS).toString(), null, null, List.of(), List.of(),
                "AMBER", false, new ReportSubmission.ContactInput("山田 太郎", "soc@towa-electric.example", null));
        ReportView late = intake.submit(company, submission, null, null).report();
        assertThat(late.late()).isTrue();
        return late;
    }

    private static By rowWith(String number) {
        return By.xpath("//tr[td/a[normalize-space()='" + number + "']]");
    }
}
