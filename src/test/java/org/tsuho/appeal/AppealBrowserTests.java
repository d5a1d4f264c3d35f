package org.tsuho.appeal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tsuho.support.PenaltyTrack.SUPERVISOR_1;
import static org.tsuho.support.PenaltyTrack.SUPERVISOR_2;

import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.operaton.bpm.engine.ManagementService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tsuho.enforcement.NoticeView;
import org.tsuho.enforcement.ProceedingViews;
import org.tsuho.intake.Intake;
import org.tsuho.support.Browser;
import org.tsuho.support.PenaltyTrack;
import org.tsuho.support.TsuhoIntegrationTest;
import org.tsuho.tasks.Tasks;

/**
 * An appeal through a real browser: company-a appeals its order from the notice (after a rejected empty form),
 * supervisor-1 assigns examiner-1, the company submits its rebuttal, examiner-1 finds the appeal in the queue and
 * gives the opinion, supervisor-1 (who did not decide the disposition; supervisor-2 did) rules, and the company
 * reads the ruling.
 */
@TsuhoIntegrationTest
class AppealBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    Intake intake;
    @Autowired
    Tasks tasks;
    @Autowired
    ProceedingViews proceedings;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService management;

    private Browser browser;

    @BeforeEach
    void startBrowser() {
        browser = Browser.on(port);
    }

    @AfterEach
    void stopBrowser() {
        browser.quit();
        ClockUtil.reset();
    }

    @Test
    void fromTheAppealToTheRuling() {
        NoticeView order = new PenaltyTrack(intake, tasks, proceedings, runtime, taskService, management).order(SUPERVISOR_1, SUPERVISOR_2);
        String learned = order.issuedAt().atZone(ZoneId.of("Asia/Tokyo")).toLocalDate().toString();

        // The company appeals from its notice.
        browser.signIn("company-a");
        browser.open("/company/notices/" + order.id());
        browser.submit("#appeal-link");
        assertThat(browser.heading()).isEqualTo("審査請求");
        assertThat(browser.text("#appeal-form")).contains(order.number());
        browser.submit("#appeal-form button[type=submit]");
        assertThat(browser.text(".error-summary")).contains("処分があったことを知った日");
        browser.setValue(browser.findElement(By.id("learnedOn")), learned);
        browser.findElement(By.id("grounds")).sendKeys("報告期限の起算点の認定に誤りがある。");
        browser.screenshot("appeal-form.png");
        browser.submit("#appeal-form button[type=submit]");
        String confirmation = browser.flash("ok");
        Matcher number = Pattern.compile("A-\\d{4}-\\d{6}").matcher(confirmation);
        assertThat(number.find()).as(confirmation).isTrue();
        String appealNumber = number.group();
        assertThat(browser.heading()).isEqualTo("審査請求 " + appealNumber);
        assertThat(browser.text(".header-badges")).contains("審理員の指名待ち");
        assertThat(browser.text("#appeal-record")).contains(order.number(), "期間内", "未指名");
        String companyPage = browser.getCurrentUrl();
        browser.signOut();

        // supervisor-1 assigns examiner-1.
        browser.signIn("supervisor-1");
        browser.findElement(By.cssSelector(".mainnav a[href='/appeals']")).click();
        WebElement row = browser.visible(Browser.rowWith(appealNumber));
        assertThat(row.getText()).contains("審理員の指名待ち");
        browser.submit(row.findElement(By.linkText(appealNumber)));
        String staffPage = browser.getCurrentUrl();
        browser.submit("#main .task-list form button");
        browser.findElement(By.id("examiner")).sendKeys("examiner-1");
        browser.submit("#assign-examiner button[type=submit]");
        assertThat(browser.flash("ok")).isEqualTo("「審理員の指名」を完了しました。");
        assertThat(browser.text(".header-badges")).contains("審理中");
        browser.signOut();

        // The company submits its rebuttal while the appeal is under examination.
        browser.signIn("company-a");
        browser.get(companyPage);
        browser.findElement(By.id("submission-text")).sendKeys("弁明書にいう周知は当社に届いていない。");
        browser.submit("#submissions button[type=submit]");
        assertThat(browser.flash("ok")).isEqualTo("反論書を受け付けました。");
        browser.signOut();

        // examiner-1 finds it in the queue, reads the rebuttal and gives the opinion.
        browser.signIn("examiner-1");
        browser.open("/appeals");
        browser.submit(browser.findElement(By.cssSelector("#examiner-queue")).findElement(By.linkText(appealNumber)));
        assertThat(browser.text("#submissions")).contains("周知は当社に届いていない");
        browser.findElement(By.id("agencyStatement")).sendKeys("報告期限は事業者向け説明会で周知した。");
        browser.findElement(By.id("opinion")).sendKeys("周知は十分であり、処分に違法又は不当な点はない。");
        browser.findElement(By.cssSelector("#examine-appeal input[name=recommendedRuling][value=REJECTED]")).click();
        browser.screenshot("appeal-examine.png");
        browser.submit("#examine-appeal button[type=submit]");
        assertThat(browser.flash("ok")).isEqualTo("「審理・審理員意見書」を完了しました。");
        assertThat(browser.text(".header-badges")).contains("裁決待ち");
        browser.signOut();

        // supervisor-1, who did not decide the disposition, rules.
        browser.signIn("supervisor-1");
        browser.get(staffPage);
        assertThat(browser.text("#examination")).contains("周知は十分であり", "棄却");
        browser.submit("#main .task-list form button");
        browser.findElement(By.cssSelector("#rule-appeal input[name=ruling][value=REJECTED]")).click();
        browser.findElement(By.id("ruling-reasons")).sendKeys("審理員意見書のとおり、処分に違法又は不当な点は認められない。");
        browser.submit("#rule-appeal button[type=submit]");
        assertThat(browser.flash("ok")).isEqualTo("「裁決」を完了しました。");
        assertThat(browser.text(".header-badges")).contains("裁決済み", "棄却");
        browser.screenshot("appeal-ruled.png");
        browser.signOut();

        // The company reads the ruling.
        browser.signIn("company-a");
        browser.get(companyPage);
        assertThat(browser.text("#ruling")).contains("棄却");
        browser.submit("#ruling a");
        assertThat(browser.heading()).isEqualTo("裁決書");
        assertThat(browser.text("main")).contains("本件審査請求を棄却する。", "6か月以内", "行政事件訴訟法第14条", appealNumber);
        browser.open("/company/notices");
        assertThat(browser.text("main table")).contains("裁決書");
        browser.assertNoErrorsReported();
    }
}
