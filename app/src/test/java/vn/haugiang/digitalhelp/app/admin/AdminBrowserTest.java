package vn.haugiang.digitalhelp.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.haugiang.digitalhelp.app.ServiceTest;

/**
 * The admin console in real headless Chromium (Debian's, through its chromedriver): an editor signs in,
 * writes and publishes a guide, a resident asks the web chat and gets it, the guide is changed and
 * rolled back. Screenshots of the main pages go to {@code target/screenshots/} for review when asked for ({@code -Dscreenshots=true}).
 */
@ServiceTest
class AdminBrowserTest {

    private static final String TITLE = "Đăng ký nuôi cá tra";
    private static final String QUESTION = "Đăng ký nuôi cá tra ở đâu?";
    private static final String FIRST_BODY = "Đến **phòng nông nghiệp xã** để đăng ký nuôi cá tra.\n\n1. Mang căn cước.\n2. Điền tờ khai.";

    @RegisterExtension
    static final HeadlessChromium chromium = new HeadlessChromium();

    private WebDriver browser;
    private WebDriverWait wait;

    @LocalServerPort
    int port;

    @BeforeEach
    void useTheBrowser() {
        browser = chromium.browser();
        wait = chromium.waiting();
    }

    @Test
    void anEditorPublishesAGuideTheChatAnswersWithItAndAnEditIsRolledBack() throws IOException {
        open("/admin/login");
        browser.manage().deleteAllCookies();
        open("/admin/guides");
        assertThat(browser.getCurrentUrl()).endsWith("/admin/login");
        screenshot("01-dang-nhap");
        browser.findElement(By.id("username")).sendKeys(AdminAccounts.ADMIN);
        browser.findElement(By.id("password")).sendKeys(AdminAccounts.ADMIN_PASSWORD);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("/admin/guides"));

        open("/admin/guides/new");
        browser.findElement(By.id("title")).sendKeys(TITLE);
        browser.findElement(By.id("topic")).sendKeys("fish-farming");
        browser.findElement(By.cssSelector("#questions input")).sendKeys(QUESTION);
        browser.findElement(By.id("add-question")).click();
        browser.findElements(By.cssSelector("#questions input")).get(1).sendKeys("Nuôi cá tra cần giấy gì?");
        browser.findElement(By.id("body")).sendKeys(FIRST_BODY);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#preview .tg-bubble"), "Điền tờ khai"));
        assertThat(browser.findElement(By.id("preview")).getDomProperty("innerHTML")).contains("<b>" + TITLE + "</b>").contains("<b>phòng nông nghiệp xã</b>");
        screenshot("02-soan-bai");
        browser.findElement(By.cssSelector("button[value=draft]")).click();
        wait.until(ExpectedConditions.urlContains("?saved"));
        assertThat(browser.findElement(By.cssSelector(".badge")).getText()).isEqualTo("Bản nháp");

        browser.findElement(By.cssSelector("button[value=publish]")).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector("main .badge"), "Đã đăng"));
        assertThat(browser.findElement(By.cssSelector("main .meta")).getText()).contains("Phiên bản 2");
        String guideUrl = browser.getCurrentUrl().replace("?saved", "");

        assertThat(askTheWebChat(QUESTION)).contains(TITLE).contains("phòng nông nghiệp xã");

        browser.get(guideUrl);
        WebElement body = browser.findElement(By.id("body"));
        body.clear();
        body.sendKeys("Nội dung sai, cần quay lại.");
        browser.findElement(By.cssSelector("button[value=publish]")).click();
        wait.until(ExpectedConditions.urlContains("?saved"));
        assertThat(browser.findElement(By.cssSelector("main .meta")).getText()).contains("Phiên bản 3");

        browser.findElement(By.linkText("Lịch sử phiên bản")).click();
        wait.until(ExpectedConditions.urlContains("/versions"));
        browser.findElement(By.xpath("//li[@id='v2']//a[text()='So với hiện tại']")).click();
        wait.until(ExpectedConditions.urlContains("/diff"));
        assertThat(browser.findElement(By.cssSelector("pre.diff")).getText()).contains("Nội dung sai, cần quay lại.");
        screenshot("03-so-sanh");
        browser.navigate().back();
        browser.findElement(By.cssSelector("#v2 button")).click();
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".notice")));
        assertThat(browser.findElement(By.cssSelector(".notice")).getText()).contains("phiên bản 2").contains("phiên bản 4");
        screenshot("04-lich-su");
        browser.findElement(By.linkText("Nhật ký thay đổi của bài này")).click();
        wait.until(ExpectedConditions.urlContains("/admin/audit?objectId="));
        List<String> changes = browser.findElements(By.cssSelector("#audit-entries tbody td:nth-child(3)")).stream()
                .map(WebElement::getText).toList();
        assertThat(changes).as("the guide's changes, newest first").hasSizeGreaterThanOrEqualTo(3)
                .startsWith("Quay lại phiên bản cũ").endsWith("Tạo bài hướng dẫn");
        assertThat(browser.findElements(By.cssSelector("#audit-entries tbody td:nth-child(2)"))).extracting(WebElement::getText)
                .containsOnly(AdminAccounts.ADMIN);
        screenshot("10-nhat-ky");

        assertThat(askTheWebChat(QUESTION)).contains("phòng nông nghiệp xã").doesNotContain("Nội dung sai");
    }

    @Test
    void theMainPagesReadWellOnAPhoneAndTheQuestionTestShowsTheRanking() throws IOException {
        signInIfNeeded();
        open("/admin/search-test");
        browser.findElement(By.id("question")).sendKeys("lam vneid muc 2 o dau");
        browser.findElement(By.cssSelector("main button[type=submit]")).click();
        WebElement report = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#report .hits")));
        assertThat(browser.findElement(By.cssSelector("#report .outcome")).getText()).startsWith("Độ chắc: cao.");
        assertThat(browser.findElement(By.cssSelector("#report .figures")).isDisplayed()).as("numbers only on demand").isFalse();
        browser.findElement(By.cssSelector("#report .figures-detail summary")).click();
        assertThat(browser.findElement(By.cssSelector("#report .figures code")).getText()).isEqualTo("ANSWER");
        assertThat(report.findElements(By.tagName("li")).get(0).getText()).contains("mức 2").contains("điểm");
        WebElement reply = browser.findElement(By.cssSelector("#report .resident-reply"));
        String topTitle = report.findElements(By.cssSelector("li a")).get(0).getText();
        assertThat(reply.findElement(By.cssSelector(".reply-text strong")).getText()).as("the guide as the resident gets it")
                .startsWith(topTitle);
        assertThat(reply.findElements(By.cssSelector(".reply-text ol li, .reply-text p"))).hasSizeGreaterThan(1);
        assertThat(reply.findElements(By.cssSelector(".reply-buttons li"))).extracting(WebElement::getText)
                .isNotEmpty().doesNotContain("");
        screenshot("05-thu-cau-hoi");
        report.findElements(By.cssSelector(".add-question button")).get(0).click();
        wait.until(ExpectedConditions.urlContains("?saved"));
        assertThat(browser.findElements(By.cssSelector("#questions input"))).extracting(input -> input.getDomProperty("value"))
                .contains("lam vneid muc 2 o dau");

        open("/admin/transfer");
        screenshot("06-xuat-nhap");

        browser.manage().window().setSize(new Dimension(360, 800));
        try {
            open("/admin/guides?q=vneid");
            assertThat(browser.findElements(By.cssSelector(".guide-list li"))).isNotEmpty();
            for (WebElement title : browser.findElements(By.cssSelector(".guide-list li > a"))) {
                assertThat(title.getRect().getHeight()).as("a guide's title is a tap target: %s", title.getText())
                        .isGreaterThanOrEqualTo(44);
            }
            assertNoSidewaysScrolling();
            assertThat(browser.findElement(By.cssSelector("header.top")).getRect().getHeight())
                    .as("the admin's menu leaves the phone's first screen to the page").isLessThanOrEqualTo(160);
            for (WebElement link : browser.findElements(By.cssSelector("header.top nav a"))) {
                assertThat(link.getRect().getHeight()).as(link.getDomProperty("textContent")).isGreaterThanOrEqualTo(44);
            }
            screenshot("07-danh-sach-360px");
            open("/admin/guides");
            browser.findElement(By.cssSelector(".guide-list li a")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#preview .tg-bubble")));
            assertNoSidewaysScrolling();
            assertThat(((Number) ((JavascriptExecutor) browser).executeScript(
                    "return parseFloat(getComputedStyle(document.getElementById('body')).fontSize);")).doubleValue())
                    .as("the guide's text box: a phone does not zoom into it when it is tapped").isGreaterThanOrEqualTo(16);
            List<WebElement> tapTargets = new ArrayList<>(browser.findElements(By.cssSelector("button, .button")));
            tapTargets.addAll(browser.findElements(By.xpath("//main//a[starts-with(normalize-space(), '←')]")));
            assertThat(tapTargets).as("the editor has its back link").anyMatch(target -> target.getText().startsWith("←"));
            for (WebElement button : tapTargets) {
                if (button.isDisplayed()) {
                    assertThat(button.getRect().getHeight()).as("tap target '%s'", button.getText()).isGreaterThanOrEqualTo(44);
                }
            }
            screenshot("08-soan-bai-360px");
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    private String askTheWebChat(String question) {
        WebChatPage chat = new WebChatPage(browser, wait, port);
        chat.openAsNewVisitor();
        String answer = chat.ask(question).getText();
        screenshot("09-tro-chuyen");
        return answer;
    }

    private void signInIfNeeded() {
        chromium.signInAsAdmin(port);
    }

    private void assertNoSidewaysScrolling() {
        chromium.assertNoSidewaysScrolling();
    }

    private void open(String path) {
        browser.get("http://127.0.0.1:" + port + path);
    }

    private static void screenshot(String name) {
        chromium.screenshot(name);
    }
}
