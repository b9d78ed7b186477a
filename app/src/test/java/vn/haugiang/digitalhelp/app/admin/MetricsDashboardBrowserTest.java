package vn.haugiang.digitalhelp.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.haugiang.digitalhelp.app.ServiceTest;
import vn.haugiang.digitalhelp.app.SettledResidents;
import vn.haugiang.digitalhelp.bot.area.AreaDirectory;
import vn.haugiang.digitalhelp.bot.conversation.Conversation;
import vn.haugiang.digitalhelp.bot.interaction.Projector;
import vn.haugiang.digitalhelp.bot.resident.Residents;

/**
 * The dashboard in headless Chromium after the {@link DashboardQuestions}: Chart.js (served from the
 * WebJar) draws both charts, a content gap opens the new-guide editor with its questions filled in, and
 * the page fits a 360-px phone. Screenshots go to {@code target/screenshots/} when asked for ({@code -Dscreenshots=true}).
 */
@ServiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MetricsDashboardBrowserTest {

    @RegisterExtension
    static final HeadlessChromium chromium = new HeadlessChromium();

    @LocalServerPort
    int port;
    @Autowired
    Projector projector;

    @Autowired
    AreaDirectory areas;
    @Autowired
    Residents residents;
    @Autowired
    Conversation conversation;

    private String dashboard;

    @BeforeAll
    void theKnownQuestionsOfThisMonth() {
        DashboardQuestions.ask(conversation, residents, areas, projector);
        dashboard = "http://127.0.0.1:" + port + "/admin/metrics?communeId="
                + SettledResidents.firstHamlet(areas, AdminAccounts.COMMUNE_NAME).communeId();
    }

    @Test
    void theChartsAreDrawnAndAContentGapOpensTheEditorWithItsQuestions() {
        WebDriver browser = chromium.browser();
        browser.manage().window().setSize(new Dimension(1280, 900));
        chromium.signInAsAdmin(port);
        browser.get(dashboard);

        chromium.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".charts.drawn")));
        for (String canvas : List.of("chart-per-day", "chart-outcomes")) {
            Object drawn = ((JavascriptExecutor) browser).executeScript(
                    "var c = document.getElementById(arguments[0]); var chart = Chart.getChart(c);"
                            + " return chart != null && c.width > 0 && c.height > 0"
                            + " && chart.data.datasets[0].data.reduce(function (a, b) { return a + b; }, 0);", canvas);
            assertThat(((Number) drawn).intValue()).as(canvas).isEqualTo(4);
        }
        assertThat(browser.findElement(By.id("figure-questions")).getText()).isEqualTo("4");
        WebElement resolved = browser.findElement(By.id("definition-resolved-rate"));
        WebElement label = resolved.findElement(By.tagName("summary"));
        assertThat(label.getText()).isEqualTo("Tỷ lệ bot giải quyết được");
        assertThat(label.getDomAttribute("title")).as("the definition on hover").contains("“Chưa được”");
        assertThat(resolved.findElement(By.tagName("p")).isDisplayed()).isFalse();
        label.click();
        assertThat(resolved.findElement(By.tagName("p")).isDisplayed()).as("the definition on tap").isTrue();
        assertThat(browser.findElement(By.id("figure-resolved-rate")).getText())
                .as("both answers were followed by a question no guide fitted").isEqualTo("0,0% (0)");
        assertThat(browser.findElement(By.id("figure-containment")).getText())
                .as("nobody asked for a person, which is not the same thing").isEqualTo("100,0%");
        chromium.screenshot("20-so-lieu");
        ((JavascriptExecutor) browser).executeScript("document.getElementById('progress-heading').scrollIntoView();");
        chromium.screenshot("20b-so-lieu-tien-do-noi-dung-thieu");

        WebElement gap = browser.findElement(By.xpath(
                "//li[contains(@class,'gap')][.//li[normalize-space()='" + DashboardQuestions.RICE_PRICE + "']]"));
        gap.findElement(By.xpath(".//button[normalize-space()='Viết bài hướng dẫn cho nhóm này']")).click();

        chromium.waiting().until(ExpectedConditions.urlContains("/admin/guides/new"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Bài hướng dẫn mới");
        List<String> questions = browser.findElements(By.cssSelector("#questions input[name=questions]")).stream()
                .map(input -> input.getDomProperty("value")).toList();
        assertThat(questions).containsExactlyInAnyOrder(DashboardQuestions.RICE_PRICE, DashboardQuestions.RICE_PRICE_TODAY);
        assertThat(browser.findElement(By.id("title")).getDomProperty("value")).startsWith("giá lúa hôm nay");
        chromium.screenshot("21-bai-moi-tu-so-lieu");
    }

    @Test
    void theDashboardFitsAPhone() {
        WebDriver browser = chromium.browser();
        chromium.signInAsAdmin(port);
        browser.manage().window().setSize(new Dimension(360, 800));
        browser.get(dashboard);
        chromium.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".charts.drawn")));
        chromium.assertNoSidewaysScrolling();
        assertThat(browser.findElement(By.cssSelector("label[for=month]")).getText()).isEqualTo("Tháng");
        assertThat(browser.findElements(By.cssSelector(".progress-table progress"))).isNotEmpty();
        chromium.screenshot("22-so-lieu-360px");
        browser.manage().window().setSize(new Dimension(1280, 900));
    }
}
