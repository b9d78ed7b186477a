package vn.haugiang.digitalhelp.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;

import javax.imageio.ImageIO;

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
import org.springframework.boot.test.web.server.LocalServerPort;


/**
 * A guide picture in real headless Chromium: an editor inserts it with the editor's "Chèn ảnh", sees it in
 * the Telegram preview, publishes, and a resident on a phone-wide web chat sees it inline in the answer.
 */import vn.haugiang.digitalhelp.app.ServiceTest;

@ServiceTest
class GuideImagesBrowserTest {

    @TempDir
    static Path pictures;

    private static final Dimension PHONE = new Dimension(360, 740);
    private static final Dimension DESKTOP = new Dimension(1280, 900);
    private static final String QUESTION = "cách bật định vị trên điện thoại thử nghiệm";

    @RegisterExtension
    static final HeadlessChromium chromium = new HeadlessChromium();

    @LocalServerPort
    int port;

    @Test
    void anEditorInsertsAPictureAndTheWebChatShowsItInline() throws IOException {
        WebDriver browser = chromium.browser();
        WebDriverWait wait = chromium.waiting();
        Path picture = phoneScreen(pictures.resolve("bat-dinh-vi.png"));
        browser.manage().window().setSize(DESKTOP);
        chromium.signInAsAdmin(port);

        browser.get("http://127.0.0.1:" + port + "/admin/guides/new");
        browser.findElement(By.id("title")).sendKeys("Bật định vị trên điện thoại thử nghiệm");
        browser.findElement(By.id("topic")).sendKeys("dinh-vi-thu-nghiem");
        browser.findElement(By.name("questions")).sendKeys(QUESTION);
        browser.findElement(By.id("body")).sendKeys("**Bước 1**: Vuốt từ trên màn hình xuống.\n\n**Bước 2**: Bấm nút Vị trí.");
        Path notAPicture = Files.writeString(pictures.resolve("ghi-chu.png"), "không phải ảnh");
        browser.findElement(By.id("image-file")).sendKeys(notAPicture.toAbsolutePath().toString());
        browser.findElement(By.id("insert-image")).click();
        // Refused as a problem detail: the page shows its Vietnamese "detail" and inserts nothing.
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("image-status"), "Tệp này không phải ảnh PNG, JPEG hay WebP."));
        assertThat(browser.findElement(By.id("image-status")).getDomAttribute("class")).isEqualTo("problem");
        assertThat(browser.findElement(By.id("body")).getDomProperty("value")).doesNotContain("image:");
        browser.findElement(By.id("image-file")).sendKeys(picture.toAbsolutePath().toString());
        browser.findElement(By.id("image-alt")).sendKeys("Bước 2: nút Vị trí");
        browser.findElement(By.id("insert-image")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("image-status"), "Đã chèn ảnh"));
        assertThat(browser.findElement(By.id("body")).getDomProperty("value"))
                .matches("(?s).*Bấm nút Vị trí\\.\\n\\n!\\[Bước 2: nút Vị trí\\]\\(image:[0-9a-f]{32}\\)");
        WebElement preview = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#preview .tg-photo img")));
        wait.until(driver -> loaded(driver, preview));
        assertThat(browser.findElement(By.cssSelector("#preview .tg-photo figcaption")).getText()).isEqualTo("Bước 2: nút Vị trí");
        assertThat(browser.findElement(By.cssSelector("#preview .tg-bubble")).getText()).doesNotContain("image:");
        chromium.screenshot("anh-trong-xem-truoc");
        browser.findElement(By.cssSelector("button[value=publish]")).click();
        wait.until(ExpectedConditions.urlContains("?saved"));

        browser.manage().window().setSize(PHONE);
        WebChatPage chat = new WebChatPage(browser, wait, port);
        chat.openAsNewVisitor();
        WebElement answer = chat.ask(QUESTION);

        WebElement image = answer.findElement(By.cssSelector("img.guide-image"));
        assertThat(image.getDomAttribute("loading")).isEqualTo("lazy");
        assertThat(image.getDomAttribute("width")).isEqualTo("720");
        assertThat(image.getDomAttribute("height")).isEqualTo("1280");
        assertThat(image.getDomAttribute("alt")).isEqualTo("Bước 2: nút Vị trí");
        assertThat(image.getDomAttribute("src")).matches("/guide-images/[0-9a-f]{32}");
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView();", image);
        wait.until(driver -> loaded(driver, image));
        Number shownWidth = (Number) ((JavascriptExecutor) browser).executeScript(
                "return arguments[0].getBoundingClientRect().width;", image);
        assertThat(shownWidth.doubleValue()).as("the picture fits the phone's bubble").isLessThan(PHONE.getWidth());
        assertThat(answer.getText()).contains("Bấm nút Vị trí").doesNotContain("image:");
        chromium.screenshot("anh-trong-web-chat");
    }

    /** Whether the browser fetched and decoded the picture (blocked by the page's policy, it would not be). */
    private static boolean loaded(WebDriver driver, WebElement image) {
        Object width = ((JavascriptExecutor) driver).executeScript(
                "return arguments[0].complete ? arguments[0].naturalWidth : 0;", image);
        return ((Number) width).intValue() > 0;
    }

    /** A phone-shaped picture drawn here (1080×1920, scaled to 720×1280 when stored). */
    private static Path phoneScreen(Path file) throws IOException {
        BufferedImage image = new BufferedImage(1080, 1920, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0xECEFF1));
        g.fillRect(0, 0, 1080, 1920);
        g.setColor(new Color(0x0B57D0));
        g.fillRoundRect(140, 300, 240, 240, 60, 60);
        g.setColor(Color.WHITE);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 64));
        g.drawString("Vị trí", 165, 440);
        g.dispose();
        Files.createDirectories(file.getParent());
        ImageIO.write(image, "png", file.toFile());
        return file;
    }
}
