package org.tsuho.identity.keycloak;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.catalina.Context;
import org.apache.catalina.Session;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.util.FileSystemUtils;
import org.tsuho.identity.Actor;
import org.tsuho.identity.Actors;
import org.tsuho.identity.Role;
import org.tsuho.support.KeycloakServer;
import org.tsuho.support.TsuhoKeycloakTest;

/**
 * A person signs in to the screens through Keycloak's own login page (authorization code + PKCE) and signs
 * out again, which ends the Keycloak session too: opening Tsuho afterwards asks for the password again.
 */
@TsuhoKeycloakTest
class SignInKeycloakTests {

    @LocalServerPort
    int port;

    @Autowired
    ServletWebServerApplicationContext context;

    @Autowired
    Actors actors;

    private final KeycloakServer keycloak = KeycloakServer.shared();
    private Path profile;
    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() throws IOException {
        profile = Files.createTempDirectory("tsuho-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver")).build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
        FileSystemUtils.deleteRecursively(profile.toFile());
    }

    @Test
    void aCaseWorkerSignsInThroughKeycloakAndSigningOutEndsTheKeycloakSession() {
        browser.get(tsuho("/"));
        awaitKeycloakLoginPage();

        browser.findElement(By.id("username")).sendKeys("worker-1");
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.id("kc-login")).click();

        wait.until(ExpectedConditions.urlMatches("^" + tsuho("/")));
        Cookie session = browser.manage().getCookieNamed("JSESSIONID");
        assertThat(session).as("Tsuho's session cookie").isNotNull();
        Actor actor = signedIn(session.getValue());
        assertThat(actor.username()).isEqualTo("worker-1");
        assertThat(actor.displayName()).isEqualTo("分析官 1");
        assertThat(actor.roles()).containsExactly(Role.CASE_WORKER);
        assertThat(actor.companyId()).isNull();
        browser.get(tsuho("/inbox"));
        assertThat(browser.getCurrentUrl()).as("signed in, so Tsuho answers itself").startsWith(tsuho("/inbox"));

        browser.get(tsuho("/logout"));
        browser.findElement(By.cssSelector("form[action$='/logout'] button[type=submit]")).click();
        awaitKeycloakLoginPage();

        browser.get(tsuho("/"));
        awaitKeycloakLoginPage();
        assertThat(browser.findElements(By.id("password"))).as("Keycloak asks for the password again").hasSize(1);
    }

    @Test
    void aCompanyUserWithoutCorporateNumberCannotSignIn() {
        browser.get(tsuho("/"));
        awaitKeycloakLoginPage();

        browser.findElement(By.id("username")).sendKeys(KeycloakServer.COMPANY_WITHOUT_ID);
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.id("kc-login")).click();

        wait.until(ExpectedConditions.urlContains("/login?error"));
        assertThat(browser.getCurrentUrl()).startsWith(tsuho("/login?error"));
        assertThat(browser.manage().getCookieNamed("JSESSIONID")).satisfiesAnyOf(
                cookie -> assertThat(cookie).isNull(),
                cookie -> assertThat(sessionContext(cookie.getValue())).isNull());
    }

    private void awaitKeycloakLoginPage() {
        wait.until(ExpectedConditions.urlMatches("^" + keycloak.realmUrl() + "/"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
    }

    private String tsuho(String path) {
        return "http://localhost:" + port + path;
    }

    /**
     * Who Tsuho holds signed in for a session, read from the server's own session store: the OIDC login turned
     * into the {@link Actor} every module sees.
     */
    private Actor signedIn(String sessionId) {
        SecurityContext security = sessionContext(sessionId);
        assertThat(security).as("a signed-in session").isNotNull();
        return actors.of(security.getAuthentication());
    }

    private SecurityContext sessionContext(String sessionId) {
        Context webapp = (Context) ((TomcatWebServer) context.getWebServer()).getTomcat().getHost().findChildren()[0];
        try {
            Session session = webapp.getManager().findSession(sessionId);
            return session == null ? null
                    : (SecurityContext) session.getSession().getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
