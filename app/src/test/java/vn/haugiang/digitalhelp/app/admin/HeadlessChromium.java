package vn.haugiang.digitalhelp.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its chromedriver, as the admin browser tests use it, with
 * screenshots into {@code target/screenshots/} and the phone-width check. Registered as a static JUnit
 * extension, it starts before a test class and quits after it.
 */
final class HeadlessChromium implements BeforeAllCallback, AfterAllCallback {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    /** Screenshots the README's usability script shows, committed with the code they picture. */
    private static final Path DOCUMENTED = Path.of("..", "docs", "screenshots");

    private WebDriver browser;
    private WebDriverWait waiting;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-dev-shm-usage", "--window-size=1280,900",
                "--user-data-dir=" + Files.createTempDirectory("chromium-profile-").toAbsolutePath());
        ChromeDriverService driver = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(driver, options);
        waiting = new WebDriverWait(browser, Duration.ofSeconds(20));
        Files.createDirectories(SCREENSHOTS);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (browser != null) {
            browser.quit();
        }
    }

    WebDriver browser() {
        return browser;
    }

    WebDriverWait waiting() {
        return waiting;
    }

    /** Signs in as the first admin unless this browser's session already is. */
    void signInAsAdmin(int port) {
        browser.get("http://127.0.0.1:" + port + "/admin");
        if (browser.getCurrentUrl().endsWith("/admin/login")) {
            browser.findElement(By.id("username")).sendKeys(AdminAccounts.ADMIN);
            browser.findElement(By.id("password")).sendKeys(AdminAccounts.ADMIN_PASSWORD);
            browser.findElement(By.cssSelector("button[type=submit]")).click();
            waiting.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        }
    }

    void screenshot(String name) {
        try {
            File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A screenshot for the README as well as for review. */
    void documentScreenshot(String name) {
        screenshot(name);
        try {
            Files.createDirectories(DOCUMENTED);
            Files.copy(SCREENSHOTS.resolve(name + ".png"), DOCUMENTED.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void assertNoSidewaysScrolling() {
        Object overflow = ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(((Number) overflow).intValue()).as("page wider than the phone screen").isLessThanOrEqualTo(0);
    }
}
