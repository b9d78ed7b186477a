package vn.haugiang.digitalhelp.app.admin;

import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The resident's web chat page as the browser tests use it: a fresh visitor, a question, the answer. */
final class WebChatPage {

    static final By SEND = By.id("send");
    static final By BOT_MESSAGES = By.cssSelector("#log .msg.bot");
    /** The bot's first message after the resident's last one. */
    static final By LAST_ANSWER = By.xpath(
            "(//div[contains(@class,'msg') and contains(@class,'me')])[last()]/following-sibling::div[contains(@class,'bot')][1]");

    private final WebDriver browser;
    private final WebDriverWait wait;
    private final int port;

    WebChatPage(WebDriver browser, WebDriverWait wait, int port) {
        this.browser = browser;
        this.wait = wait;
        this.port = port;
    }

    /**
     * Opens the chat as a visitor never seen before (no chat session cookie, nothing kept on the device; an
     * admin signed in stays signed in) and waits for the greeting.
     */
    void openAsNewVisitor() {
        String origin = "http://127.0.0.1:" + port;
        browser.get("about:blank"); // no chat page left open to keep its conversation again
        chromium().executeCdpCommand("Network.deleteCookies", Map.of("name", "dh_chat", "url", origin + "/api/chat"));
        chromium().executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", origin, "storageTypes", "local_storage"));
        browser.get(origin + "/chat");
        awaitReady();
    }

    /** Waits until the page is not waiting for an answer (the send button is enabled again). */
    void awaitReady() {
        wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(BOT_MESSAGES, 0));
        wait.until(ExpectedConditions.elementToBeClickable(SEND));
    }

    /** Types a question, sends it and returns the bot's first message after it. */
    WebElement ask(String question) {
        int before = browser.findElements(BOT_MESSAGES).size();
        browser.findElement(By.id("question")).sendKeys(question);
        browser.findElement(SEND).click();
        wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(BOT_MESSAGES, before));
        awaitReady();
        return browser.findElement(LAST_ANSWER);
    }

    /** The session id inside the HttpOnly chat cookie the server issued (the page itself cannot read it). */
    @SuppressWarnings("unchecked")
    String sessionId() {
        Map<String, Object> all = chromium().executeCdpCommand("Network.getAllCookies", Map.of());
        return ((List<Map<String, Object>>) all.get("cookies")).stream()
                .filter(cookie -> "dh_chat".equals(cookie.get("name")))
                .map(cookie -> ((String) cookie.get("value")).split("\\.")[0])
                .findFirst().orElseThrow();
    }

    private ChromeDriver chromium() {
        return (ChromeDriver) browser;
    }
}
