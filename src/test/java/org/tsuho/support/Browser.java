package org.tsuho.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium on the screens of the server at a local port, with what every browser test does: sign in and
 * out as a demo account, submit and wait for the next page, read a heading or a text, save a screenshot under
 * {@code target/screenshots/}, and check that no page reported an error. Each browser has its own profile, removed
 * by {@link #quit()}.
 */
public final class Browser extends ChromeDriver {

    public static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private final int port;
    private final Path profile;
    private final WebDriverWait wait;

    private Browser(int port, Path profile, ChromeOptions options) {
        super(options);
        this.port = port;
        this.profile = profile;
        this.wait = new WebDriverWait(this, Duration.ofSeconds(15));
    }

    public static Browser on(int port) {
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        Path profile;
        try {
            profile = Files.createTempDirectory("tsuho-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1440,1300", "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        return new Browser(port, profile, options);
    }

    /** Ends the browser and removes its profile. */
    @Override
    public void quit() {
        try {
            super.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Opens a page of the server by its path. */
    public void open(String path) {
        get(url(path));
    }

    public <T> T until(ExpectedCondition<T> condition) {
        return wait.until(condition);
    }

    public WebElement visible(By locator) {
        return until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    public void signIn(String username) {
        open("/login");
        findElement(By.id("username")).sendKeys(username);
        findElement(By.id("password")).sendKeys(ApiClient.DEMO_PASSWORD);
        submit("form button[type=submit]");
        until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    public void signOut() {
        submit(".logout button");
        until(ExpectedConditions.urlContains("/login?logout"));
    }

    public void submit(String css) {
        submit(findElement(By.cssSelector(css)));
    }

    /** Clicks and waits for the next page, so the checks that follow never read the old one. */
    public void submit(WebElement button) {
        executeScript("window.tsuhoPreviousPage = true;");
        button.click();
        until(d -> Boolean.TRUE.equals(executeScript(
                "return document.readyState === 'complete' && window.tsuhoPreviousPage === undefined;")));
    }

    /** Sets a control's value as a script would, for inputs whose typing depends on the browser's locale. */
    public void setValue(WebElement input, String value) {
        executeScript("arguments[0].value = arguments[1];", input, value);
    }

    /** The text of the flash message after a form ({@code ok}, {@code error}), once it is shown. */
    public String flash(String kind) {
        return visible(By.cssSelector(".flash-" + kind)).getText();
    }

    public String heading() {
        return findElement(By.tagName("h1")).getText();
    }

    public String text(String css) {
        return findElement(By.cssSelector(css)).getText();
    }

    /** The table row with a cell (or a link in a cell) that reads exactly this. */
    public static By rowWith(String cellText) {
        return By.xpath("//tr[td[normalize-space()='" + cellText + "'] or td/a[normalize-space()='" + cellText + "']]");
    }

    /** Saves what the window shows as {@code target/screenshots/<name>}. */
    public void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.copy(getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** No CSP violation, failed resource or script error on any page this browser showed since the last call. */
    public void assertNoErrorsReported() {
        List<LogEntry> severe = manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                // deliberate 404 and 403 pages are not errors of the screens
                .filter(e -> !e.getMessage().contains("status of 40"))
                .toList();
        assertThat(severe).isEmpty();
    }
}
