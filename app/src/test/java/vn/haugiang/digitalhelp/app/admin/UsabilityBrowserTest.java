package vn.haugiang.digitalhelp.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.haugiang.digitalhelp.app.ServiceTest;
import vn.haugiang.digitalhelp.bot.chat.Channel;
import vn.haugiang.digitalhelp.bot.chat.Reply;
import vn.haugiang.digitalhelp.bot.chat.ResidentMessages;
import vn.haugiang.digitalhelp.bot.chat.ResidentText;
import vn.haugiang.digitalhelp.bot.escalation.Escalation;
import vn.haugiang.digitalhelp.bot.escalation.EscalationStatus;
import vn.haugiang.digitalhelp.bot.escalation.Escalations;
import vn.haugiang.digitalhelp.bot.resident.Residents;
import vn.haugiang.digitalhelp.bot.webchat.WebOutbox;
import vn.haugiang.digitalhelp.kb.article.Article;
import vn.haugiang.digitalhelp.kb.article.ArticleContent;
import vn.haugiang.digitalhelp.kb.article.ArticleEditor;
import vn.haugiang.digitalhelp.kb.article.ArticleStatus;

/**
 * The three problems a walk-through found, in real headless Chromium at 360 px (the resident's phone)
 * and at desktop width (the official's console): a draft of a live guide, an official answering a web
 * resident, a long answer on a phone; with the typed request for a person, the disabled buttons, the
 * reload and the failed send. The screenshots of the README's usability script come from here ({@code -Dscreenshots=true}).
 */
@ServiceTest
class UsabilityBrowserTest {

    @TempDir
    static Path pictures;

    private static final Dimension PHONE = new Dimension(360, 740);
    private static final Dimension DESKTOP = new Dimension(1280, 800);

    @RegisterExtension
    static final HeadlessChromium chromium = new HeadlessChromium();

    @LocalServerPort
    int port;
    @Autowired
    ArticleEditor editor;
    @Autowired
    Residents residents;
    @Autowired
    Escalations escalations;
    @Autowired
    ResidentMessages messages;
    @Autowired
    WebOutbox outbox;

    private WebDriver browser;
    private WebDriverWait wait;
    private WebChatPage chat;

    @BeforeEach
    void useTheBrowser() {
        browser = chromium.browser();
        wait = chromium.waiting();
        chat = new WebChatPage(browser, wait, port);
    }

    @Test
    void aDraftOfALiveGuideLeavesTheBotsAnswerUnchangedUntilItIsPublished() {
        String question = "Đăng ký nuôi lươn không bùn ở đâu?";
        Article live = editor.create(null, new ArticleContent("eel-farming", "Đăng ký nuôi lươn không bùn",
                List.of(question), "Đến **phòng kinh tế xã** để đăng ký nuôi lươn.", List.of()), ArticleStatus.PUBLISHED, "lan");
        browser.manage().window().setSize(DESKTOP);
        chromium.signInAsAdmin(port);

        open("/admin/guides/" + live.id());
        WebElement body = browser.findElement(By.id("body"));
        body.clear();
        body.sendKeys("Bản nháp: nộp hồ sơ nuôi lươn qua Cổng Dịch vụ công.");
        browser.findElement(By.cssSelector("button[value=draft]")).click();
        wait.until(ExpectedConditions.urlContains("?saved"));
        assertThat(browser.findElement(By.cssSelector("main .notice")).getText()).contains("Người dân vẫn nhận bản đang đăng");
        assertThat(browser.findElement(By.cssSelector("main .badge")).getText()).isEqualTo("Đã đăng");
        assertThat(browser.findElement(By.id("body")).getDomProperty("value")).startsWith("Bản nháp:");
        chromium.documentScreenshot("u01-ban-nhap-canh-ban-dang");

        open("/admin/guides?q=nuôi lươn");
        assertThat(browser.findElement(By.cssSelector(".guide-list")).getText()).contains("đang có bản nháp");

        browser.manage().window().setSize(PHONE);
        chat.openAsNewVisitor();
        assertThat(chat.ask(question).getText()).contains("phòng kinh tế xã").doesNotContain("Bản nháp");

        browser.manage().window().setSize(DESKTOP);
        open("/admin/guides/" + live.id());
        browser.findElement(By.cssSelector("button[value=publish]")).click();
        wait.until(ExpectedConditions.urlContains("?saved"));
        assertThat(browser.findElement(By.cssSelector("main .notice")).getText()).contains("Đã xuất bản");
        assertThat(browser.findElements(By.cssSelector(".draft-note"))).isEmpty();

        browser.manage().window().setSize(PHONE);
        chat.openAsNewVisitor();
        assertThat(chat.ask(question).getText()).contains("Cổng Dịch vụ công").doesNotContain("phòng kinh tế xã");
    }

    @Test
    void anOfficialAnswersAWebResidentFromTheConsoleAndTheResidentsPageShowsIt() {
        browser.manage().window().setSize(PHONE);
        chat.openAsNewVisitor();
        String realQuestion = "Em không nhận được mã OTP khi đăng nhập";
        chat.ask(realQuestion);
        WebElement offer = chat.ask("cho tui gap to");
        assertThat(offer.getText()).contains("cho tôi biết bạn ở đâu");

        WebElement skip = browser.findElement(By.xpath("(//main[@id='log']//button[normalize-space()='Bỏ qua'])[last()]"));
        List<WebElement> row = skip.findElements(By.xpath("../button"));
        skip.click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("log"), "cán bộ quản trị"));
        chat.awaitReady();
        assertThat(skip.getAttribute("class")).contains("chosen");
        assertThat(row).as("every button of an answered question is disabled").hasSizeGreaterThan(1)
                .allMatch(button -> !button.isEnabled());
        assertThat(browser.findElement(By.id("log")).getText()).contains("gõ số điện thoại").contains("gọi lại cho yêu cầu này");
        chromium.documentScreenshot("u02-nguoi-dan-gui-yeu-cau-360px");

        WebElement guideWhileWaiting = chat.ask("Khai sinh trên VNeID làm sao?");
        assertThat(guideWhileWaiting.getText()).contains("Khai sinh");
        assertThat(browser.findElement(By.id("log")).getText()).contains("cũng đã được gửi kèm yêu cầu");
        assertTitleInView(guideWhileWaiting);
        chromium.documentScreenshot("u03-cau-tra-loi-dai-mo-tu-tieu-de-360px");
        assertThat(chat.ask("0912 345 678").getText()).contains("Số điện thoại đã gửi kèm yêu cầu");

        Escalation request = escalations.find(residents.seen(Channel.WEB, chat.sessionId()).resident().activeEscalationId())
                .orElseThrow();
        assertThat(request.question()).containsIgnoringCase("mã OTP");
        assertThat(request.phone()).isEqualTo("0912345678");
        assertThat(request.transcript()).extracting(Escalation.Line::text).contains("Khai sinh trên VNeID làm sao?");

        browser.manage().window().setSize(DESKTOP);
        chromium.signInAsAdmin(port);
        open("/admin/escalations");
        assertThat(browser.findElement(By.id("status")).getDomProperty("value")).isEqualTo("OPEN");
        assertThat(browser.findElement(By.id("menu-escalations")).getText()).contains("1 đang chờ");
        By card = By.id("esc-" + request.id());
        assertThat(browser.findElement(card).findElement(By.tagName("h2")).getText()).containsIgnoringCase("mã OTP");
        assertThat(browser.findElement(card).findElement(By.cssSelector(".waited")).getText()).matches("· chờ \\d+ phút");
        browser.findElement(card).findElement(By.xpath(".//button[normalize-space()='Nhận']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(card, "Bạn đã nhận yêu cầu"));
        browser.findElement(By.id("esc-" + request.id() + "-reply")).sendKeys("Chào bạn. Bạn kiểm tra số điện thoại đã đăng ký VNeID nhé.");
        browser.findElement(card).findElement(By.xpath(".//button[normalize-space()='Gửi trả lời']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(card, "Đã gửi trả lời cho người dân"));
        WebElement focused = browser.switchTo().activeElement();
        assertThat(focused.getDomAttribute("class")).as("the notice has the focus, so a phone shows it").contains("notice");
        assertThat(focused.getText()).contains("Đã gửi trả lời cho người dân");
        browser.findElement(card).findElement(By.cssSelector(".transcript summary")).click();
        assertThat(browser.findElement(card).findElement(By.cssSelector(".transcript")).getText())
                .contains("Tổ / cán bộ").contains("Bạn kiểm tra số điện thoại đã đăng ký VNeID nhé.");
        chromium.documentScreenshot("u04-can-bo-tra-loi-tu-trang-quan-tri");

        browser.manage().window().setSize(PHONE);
        open("/chat");
        assertThat(browser.findElement(By.id("log")).getText()).as("the conversation survives the reload")
                .contains("cho tui gap to").contains("Số điện thoại đã gửi kèm yêu cầu");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("log"), "Bạn kiểm tra số điện thoại đã đăng ký VNeID nhé."));
        assertThat(browser.findElement(By.id("log")).getText()).contains("Cán bộ trả lời:");
        chromium.documentScreenshot("u05-nguoi-dan-nhan-tra-loi-360px");

        browser.manage().window().setSize(DESKTOP);
        open("/admin/escalations/" + request.id());
        browser.findElement(By.id("esc-" + request.id() + "-note")).sendKeys("Đã hướng dẫn kiểm tra số điện thoại");
        browser.findElement(By.xpath("//button[normalize-space()='Đánh dấu đã xong']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "người dân được mời chấm điểm"));
        assertThat(escalations.find(request.id()).orElseThrow().status()).isEqualTo(EscalationStatus.RESOLVED);

        browser.manage().window().setSize(PHONE);
        open("/chat");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("log"), "chấm điểm"));
        List<String> ratings = browser.findElements(By.cssSelector("#log .msg.bot:last-child .buttons button")).stream()
                .map(WebElement::getText).toList();
        assertThat(ratings).hasSize(5).first().asString().endsWith("1 sao");
        assertThat(ratings.get(4)).endsWith("5 sao");
    }

    @Test
    void aFailedSendKeepsTheTextWithARetryAndAPendingQuestionIsAskedAgainAfterAReload() {
        browser.manage().window().setSize(PHONE);
        chat.openAsNewVisitor();
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript("window.realFetch = window.fetch; window.fetch = function () { return Promise.reject(new Error('offline')); };");
        browser.findElement(By.id("question")).sendKeys("cài app Hậu Giang");
        browser.findElement(WebChatPage.SEND).click();
        WebElement retry = wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//button[normalize-space()='Gửi lại']")));
        assertThat(browser.findElement(By.id("question")).getDomProperty("value")).isEqualTo("cài app Hậu Giang");
        chromium.documentScreenshot("u06-gui-loi-gui-lai-360px");

        js.executeScript("window.fetch = window.realFetch;");
        retry.click();
        awaitLastAnswerContaining("Hậu Giang");
        assertThat(browser.findElements(By.xpath("//button[normalize-space()='Gửi lại']"))).isEmpty();

        // A question sent just before the page was closed is asked again when it opens.
        js.executeScript("var kept = JSON.parse(localStorage.getItem('digitalhelp.chat'));"
                + "kept.entries.push({who: 'me', text: 'quên mật khẩu VNeID'});"
                + "kept.pending = {text: 'quên mật khẩu VNeID'};"
                + "localStorage.setItem('digitalhelp.chat', JSON.stringify(kept));");
        browser.navigate().refresh();
        awaitLastAnswerContaining("VNeID");
        assertThat(js.executeScript("return JSON.parse(localStorage.getItem('digitalhelp.chat')).pending;")).isNull();
    }

    @Test
    void afterAVisitorErasesTheirDataAReloadOnASharedPhoneShowsNothingOfTheConversation() {
        chat.openAsNewVisitor();
        chat.ask("quên mật khẩu VNeID");
        chat.ask("/xoadulieu");
        browser.findElement(By.xpath("//button[normalize-space()='Xóa dữ liệu của tôi']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("log"), "Đã xóa dữ liệu của bạn"));
        JavascriptExecutor js = (JavascriptExecutor) browser;
        assertThat(browser.findElement(By.id("log")).getText()).as("only the confirmation is left on the screen")
                .contains("Đã xóa dữ liệu của bạn").doesNotContain("quên mật khẩu VNeID");

        browser.navigate().refresh();
        chat.awaitReady();

        assertThat(browser.findElement(By.id("log")).getText()).doesNotContain("quên mật khẩu VNeID").doesNotContain("/xoadulieu");
        assertThat((String) js.executeScript("return localStorage.getItem('digitalhelp.chat');"))
                .as("the device's copy").doesNotContain("VNeID");
    }

    @Test
    void thePhoneChatHasLargeTextAndTapTargetsAndTypedRequestsForAPersonWork() {
        browser.manage().window().setSize(PHONE);
        chat.openAsNewVisitor();
        WebElement answer = chat.ask("Khai sinh trên VNeID làm sao?");
        assertTitleInView(answer);
        JavascriptExecutor js = (JavascriptExecutor) browser;
        Number fontSize = (Number) js.executeScript(
                "return parseFloat(getComputedStyle(document.querySelector('#log .msg.bot p')).fontSize);");
        assertThat(fontSize.doubleValue()).isGreaterThanOrEqualTo(16);
        for (WebElement target : browser.findElements(By.cssSelector("#log button, #ask button, #question"))) {
            assertThat(target.getRect().getHeight()).as(target.getText()).isGreaterThanOrEqualTo(44);
        }
        assertThat(answer.findElement(By.cssSelector(".visually-hidden")).getDomProperty("textContent")).contains("Trợ lý nói:");
        assertThat(js.executeScript("return document.activeElement === arguments[0];", answer)).as("focus on the new answer")
                .isEqualTo(true);
        chromium.assertNoSidewaysScrolling();
        chromium.assertNoPageScrolling();
        assertThat((Boolean) js.executeScript("var box = document.getElementById('question'), style = getComputedStyle(box);"
                + " var pen = document.createElement('canvas').getContext('2d'); pen.font = style.font;"
                + " return pen.measureText(box.placeholder).width"
                + " <= box.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);"))
                .as("the box's hint is read whole on the phone").isTrue();

        for (String typed : List.of("gặp cán bộ", "gap nguoi")) {
            chat.openAsNewVisitor();
            assertThat(chat.ask(typed).getText()).as(typed).contains("cho tôi biết bạn ở đâu");
        }
    }

    @Test
    void anAnswerFromTheTeamDoesNotPullAResidentWhoScrolledUpAwayFromWhatTheyRead() {
        browser.manage().window().setSize(PHONE);
        chat.openAsNewVisitor();
        chat.ask("Khai sinh trên VNeID làm sao?");
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript("document.getElementById('log').scrollTop = 0;");

        outbox.send(chat.sessionId(), Reply.of("Cán bộ trả lời: chị xem bước 2 nhé."));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("log"), "chị xem bước 2"));
        assertThat(((Number) js.executeScript("return document.getElementById('log').scrollTop;")).intValue())
                .as("still where the resident was reading").isZero();

        js.executeScript("var log = document.getElementById('log'); log.scrollTop = log.scrollHeight;");
        outbox.send(chat.sessionId(), Reply.of("Cán bộ trả lời: chị làm được chưa?"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("log"), "chị làm được chưa"));
        WebElement latest = browser.findElement(By.xpath("(//main[@id='log']/div[contains(@class,'bot')])[last()]"));
        assertThat((Boolean) js.executeScript("var log = document.getElementById('log').getBoundingClientRect();"
                + " var r = arguments[0].getBoundingClientRect(); return r.top >= log.top && r.top < log.bottom;", latest))
                .as("a resident at the end of the conversation sees the new answer").isTrue();
        chromium.assertNoPageScrolling();
    }

    @Test
    void aResidentSendsAScreenshotFromThePhoneWithTheCameraButtonAndGetsTheGuide() throws Exception {
        browser.manage().window().setSize(PHONE);
        chat.openAsNewVisitor();
        WebElement attach = browser.findElement(By.id("attach"));
        assertThat(attach.getRect().getHeight()).isGreaterThanOrEqualTo(44);
        assertThat(attach.getRect().getWidth()).isGreaterThanOrEqualTo(44);
        assertThat(browser.findElement(By.id("photo")).getDomAttribute("accept")).isEqualTo("image/*");
        JavascriptExecutor js = (JavascriptExecutor) browser;
        // Remembers every text the "waiting" line showed while it was visible.
        js.executeScript("window.shownWhileWaiting = []; new MutationObserver(function () {"
                + " var t = document.getElementById('typing'); if (!t.hidden) { window.shownWhileWaiting.push(t.textContent); } })"
                + ".observe(document.getElementById('typing'), {attributes: true, childList: true, characterData: true, subtree: true});");
        Path screenshot = java.nio.file.Files.createTempFile(pictures, "sai-mat-khau-", ".png");
        java.nio.file.Files.write(screenshot, vn.haugiang.digitalhelp.app.pictures.ScreenshotSet.draw(
                vn.haugiang.digitalhelp.app.pictures.ScreenTexts.ALL.get(0),
                vn.haugiang.digitalhelp.app.pictures.ScreenshotSet.vietnameseFonts().get(0),
                vn.haugiang.digitalhelp.app.pictures.ScreenshotSet.VARIANTS.get(0), 5));

        browser.findElement(By.id("photo")).sendKeys(screenshot.toString());

        // Reading takes a while on a busy machine: a longer wait than the page's usual one.
        new WebDriverWait(browser, java.time.Duration.ofSeconds(90), java.time.Duration.ofMillis(50)).until(driver -> driver.findElements(
                By.cssSelector("#log .msg.bot")).stream().anyMatch(message -> message.getText().contains("Tôi đọc được trong ảnh:")));
        chat.awaitReady();
        assertThat(browser.findElements(By.cssSelector("#log .msg.me")).get(0).getText()).contains("📷");
        assertThat(js.executeScript("return window.shownWhileWaiting;").toString()).contains("Đang đọc ảnh…");
        assertThat(browser.findElements(By.cssSelector("#log .msg.bot strong")))
                .anySatisfy(title -> assertThat(title.getText()).startsWith("Quên mật khẩu VNeID"));
        chromium.assertNoSidewaysScrolling();
    }

    @Test
    void aFileThatIsNotAPictureGetsThePoliteRefusalInTheChat() throws Exception {
        browser.manage().window().setSize(PHONE);
        chat.openAsNewVisitor();
        Path notAPicture = java.nio.file.Files.writeString(pictures.resolve("ghi-chu.png"), "không phải ảnh");
        int before = browser.findElements(WebChatPage.BOT_MESSAGES).size();

        browser.findElement(By.id("photo")).sendKeys(notAPicture.toString());

        // The refusal is a problem detail (400); the page shows its "detail" as the bot's message.
        wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(WebChatPage.BOT_MESSAGES, before));
        chat.awaitReady();
        assertThat(browser.findElement(WebChatPage.LAST_ANSWER).getText())
                .contains(messages.get(ResidentText.PICTURE_NOT_A_PICTURE).lines().findFirst().orElseThrow());
        assertThat(browser.findElements(By.xpath("//button[normalize-space()='Gửi lại']"))).as("a refusal is an answer, not a failed send")
                .isEmpty();
    }

    @Test
    void officialsKeepTheirUserNameAfterAWrongPasswordAndGetErrorPagesInVietnamese() {
        browser.manage().window().setSize(DESKTOP);
        open("/admin/login");
        browser.manage().deleteAllCookies();
        open("/admin/login");
        browser.findElement(By.id("username")).sendKeys(AdminAccounts.ADMIN);
        browser.findElement(By.id("password")).sendKeys("sai-mat-khau");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("?error"));
        assertThat(browser.findElement(By.id("username")).getDomProperty("value")).isEqualTo(AdminAccounts.ADMIN);
        assertThat(browser.findElement(By.id("password")).getDomProperty("value")).isEmpty();

        open("/khong-co-trang-nay");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Không tìm thấy trang");
        chromium.signInAsAdmin(port);
        Article guide = editor.create(null, new ArticleContent("test-405", "Bài thử 405", List.of("thử 405"), "Nội dung.",
                List.of()), ArticleStatus.DRAFT, "lan");
        open("/admin/guides/" + guide.id() + "/archive");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Không mở được trang này trực tiếp");
        assertThat(browser.getPageSource()).doesNotContain("Whitelabel");
    }

    private void awaitLastAnswerContaining(String text) {
        wait.until(driver -> driver.findElements(WebChatPage.LAST_ANSWER).stream().anyMatch(answer -> answer.getText().contains(text)));
    }

    private void assertTitleInView(WebElement answer) {
        @SuppressWarnings("unchecked")
        Map<String, Number> place = (Map<String, Number>) ((JavascriptExecutor) browser).executeScript(
                "var log = document.getElementById('log').getBoundingClientRect();"
                        + "var title = arguments[0].querySelector('strong, p').getBoundingClientRect();"
                        + "return {top: title.top - log.top, bottom: log.bottom - title.bottom, height: arguments[0].getBoundingClientRect().height, view: log.height};",
                answer);
        assertThat(place.get("height").doubleValue()).as("a long answer, taller than the screen")
                .isGreaterThan(place.get("view").doubleValue());
        assertThat(place.get("top").doubleValue()).as("the title is not above the visible part").isGreaterThanOrEqualTo(0);
        assertThat(place.get("bottom").doubleValue()).as("the title is not below the visible part").isGreaterThanOrEqualTo(0);
    }

    private void open(String path) {
        browser.get("http://127.0.0.1:" + port + path);
    }
}
