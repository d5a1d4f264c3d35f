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
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven through ChromeDriver against the application on a local port: sign in and out,
 * submit and wait for the next page, read the page, take screenshots under {@code target/screenshots}. One per test;
 * {@link #close} quits the browser and removes its profile.
 */
public final class Browser implements AutoCloseable {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final int port;
    private final Path profile;
    private final ChromeDriver driver;
    private final WebDriverWait wait;

    private Browser(int port, Path profile, ChromeDriver driver) {
        this.port = port;
        this.profile = profile;
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    public static Browser start(int port) {
        try {
            System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
            Path profile = Files.createTempDirectory("tsuho-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary("/usr/bin/chromium");
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                    "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--window-size=1440,1300", "--user-data-dir=" + profile);
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
            return new Browser(port, profile, new ChromeDriver(options));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    public WebDriverWait await() {
        return wait;
    }

    public void open(String path) {
        driver.get(url(path));
    }

    public String url(String path) {
        return "http://localhost:" + port + path;
    }

    public void signIn(String username) {
        open("/login");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys("demo");
        submit(driver.findElement(By.cssSelector("form button[type=submit]")));
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    public void signOut() {
        submit(driver.findElement(By.cssSelector(".logout button")));
        wait.until(ExpectedConditions.urlContains("/login?logout"));
    }

    public void submit(String css) {
        submit(driver.findElement(By.cssSelector(css)));
    }

    /** Clicks and waits for the next page, so the checks that follow never read the old one. */
    public void submit(WebElement button) {
        driver.executeScript("window.tsuhoPreviousPage = true;");
        button.click();
        wait.until(d -> Boolean.TRUE.equals(driver.executeScript(
                "return document.readyState === 'complete' && window.tsuhoPreviousPage === undefined;")));
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public String text(String css) {
        return find(css).getText();
    }

    public String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    /** The text of the flash message after a form, once it is shown. */
    public String flash(String kind) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".flash-" + kind))).getText();
    }

    public void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** No CSP violation, failed resource or script error on any page this browser showed (deliberate 4xx pages aside). */
    public void assertNoErrors() {
        List<LogEntry> severe = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .filter(e -> !e.getMessage().contains("status of 40"))
                .toList();
        assertThat(severe).isEmpty();
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
