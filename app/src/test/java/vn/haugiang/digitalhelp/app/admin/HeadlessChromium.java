package vn.haugiang.digitalhelp.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Debian's headless Chromium ({@code chromium-headless-shell}) driven through its chromedriver, as the admin browser tests use it, with
 * the phone-width checks and, when asked for ({@code -Dscreenshots=true}), screenshots into {@code target/screenshots/} and the
 * README's into {@code docs/screenshots/}. Registered as a static JUnit
 * extension. One browser serves every browser class of the test JVM (starting one costs seconds); before
 * each class it is made as a new one would be: one window of the desktop size on a blank page, no cookies,
 * nothing stored for the service's origin. It quits when the JVM ends.
 */
final class HeadlessChromium implements BeforeAllCallback, AfterAllCallback {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    /** Screenshots the README's usability script shows, committed with the code they picture. */
    private static final Path DOCUMENTED = Path.of("..", "docs", "screenshots");
    private static final Dimension DESKTOP = new Dimension(1280, 900);
    /**
     * Whether the screenshots are taken: a screenshot is for people to look at, not a check, and costs the browser about
     * 0.1 s; a build takes them only when asked ({@code ./mvnw verify -Dscreenshots=true}), which also retakes the README's.
     */
    private static final boolean TAKING_SCREENSHOTS = Boolean.getBoolean("screenshots");

    /**
     * Debian's {@code chromium-headless-shell}: the same Chromium (version, Blink, fonts) without the desktop
     * browser around it, made for automation. A page load here costs it about 85 ms of CPU against about 190 ms
     * for {@code chromium --headless=new} (README, "The test suite").
     */
    private static final String HEADLESS_SHELL = "/usr/lib/chromium/chromium-headless-shell";

    private static ChromeDriver shared;

    private ChromeDriver browser;
    private WebDriverWait waiting;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        browser = sharedBrowser();
        // polled every 20 ms, not the default 500 ms: a page that is ready is seen at once
        waiting = new WebDriverWait(browser, Duration.ofSeconds(20), Duration.ofMillis(20));
        String port = SpringExtension.getApplicationContext(context).getEnvironment().getProperty("local.server.port");
        asNew(browser, "http://127.0.0.1:" + port);
        if (TAKING_SCREENSHOTS) {
            Files.createDirectories(SCREENSHOTS);
        }
    }

    /**
     * Leaves the class's pages: a web chat left open asks the service for answers every 300 ms, which would go on
     * while the next classes run.
     */
    @Override
    public void afterAll(ExtensionContext context) {
        if (browser != null) { // null when the browser did not start: that failure is the one to report
            browser.get("about:blank");
        }
    }

    private static synchronized ChromeDriver sharedBrowser() {
        if (shared == null) {
            ChromeOptions options = new ChromeOptions();
            // The program itself, not /usr/bin's wrapper script: chromedriver stops the process it started.
            // chromedriver gives it a fresh profile folder of its own and removes it when the browser quits.
            options.setBinary(HEADLESS_SHELL);
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--disable-dev-shm-usage", "--window-size=1280,900");
            ChromeDriverService driver = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                    .usingAnyFreePort()
                    .build();
            ChromeDriver started = new ChromeDriver(driver, options);
            Runtime.getRuntime().addShutdownHook(new Thread(started::quit, "chromium-quit"));
            shared = started;
        }
        return shared;
    }

    /** One window of the desktop size on a blank page, no cookies, nothing kept for the service's origin. */
    private static void asNew(ChromeDriver browser, String origin) {
        String first = browser.getWindowHandles().iterator().next();
        for (String window : browser.getWindowHandles()) {
            if (!window.equals(first)) {
                browser.switchTo().window(window).close();
            }
        }
        browser.switchTo().window(first);
        browser.get("about:blank");
        browser.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        browser.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", origin, "storageTypes", "all"));
        browser.manage().window().setSize(DESKTOP);
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
        if (!TAKING_SCREENSHOTS) {
            return;
        }
        try {
            File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A screenshot for the README as well as for review. */
    void documentScreenshot(String name) {
        if (!TAKING_SCREENSHOTS) {
            return;
        }
        screenshot(name);
        try {
            Files.createDirectories(DOCUMENTED);
            Files.copy(SCREENSHOTS.resolve(name + ".png"), DOCUMENTED.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The page is one screen high and only its conversation scrolls: were the page itself to scroll, the chat would
     * slide its header off the top and leave an empty band under the composer.
     */
    void assertNoPageScrolling() {
        Object overflow = ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollHeight - document.documentElement.clientHeight;");
        assertThat(((Number) overflow).intValue()).as("page taller than the phone screen").isLessThanOrEqualTo(0);
    }

    void assertNoSidewaysScrolling() {
        Object overflow = ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(((Number) overflow).intValue()).as("page wider than the phone screen").isLessThanOrEqualTo(0);
    }
}
