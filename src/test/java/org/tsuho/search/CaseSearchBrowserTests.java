package org.tsuho.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tsuho.support.ApiClient;
import org.tsuho.support.Browser;
import org.tsuho.support.TsuhoIntegrationTest;

/** A case worker finds a case by a Japanese word on the search screen, saves the search and runs it again. */
@TsuhoIntegrationTest
class CaseSearchBrowserTests {

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
    void aCaseWorkerFindsACaseByAJapaneseWordAndSavesTheSearch() {
        String token = SearchFixtures.token();
        JsonNode wanted = SearchFixtures.file(ApiClient.on(port).as("company-a"), "請求サーバーのファイルが暗号化された",
                "経理部 " + token + " の共有フォルダ", "AMBER");
        SearchFixtures.file(ApiClient.on(port).as("company-a"), "社内メールへの不正アクセス", "経理部 " + token, "AMBER");
        String caseNumber = wanted.path("caseNumber").asText();

        browser.signIn("worker-1");
        browser.open("/cases");
        browser.findElement(By.id("q")).sendKeys("暗号化 " + token);
        new Select(browser.findElement(By.id("status"))).selectByValue("RECEIVED");
        browser.submit("#case-search button[type=submit]");

        assertThat(browser.getCurrentUrl()).contains("status=RECEIVED").contains("q=");
        assertThat(browser.findElements(By.cssSelector("#results tbody tr"))).hasSize(1);
        assertThat(browser.findElement(Browser.rowWith(caseNumber)).getText()).contains("請求サーバーのファイルが暗号化された");
        browser.screenshot("case-search.png");
        assertThat(browser.findElement(By.id("export")).getAttribute("href")).contains("/cases/export.csv?status=RECEIVED&q=");

        browser.findElement(By.id("search-name")).sendKeys("暗号化 " + token);
        browser.submit("#save-search button[type=submit]");
        assertThat(browser.flash("ok")).contains("暗号化 " + token);

        browser.open("/cases");
        browser.submit(browser.findElement(By.linkText("暗号化 " + token)));
        assertThat(browser.findElement(By.id("q")).getAttribute("value")).isEqualTo("暗号化 " + token);
        assertThat(browser.findElement(Browser.rowWith(caseNumber)).isDisplayed()).isTrue();
        browser.assertNoErrorsReported();
    }
}
