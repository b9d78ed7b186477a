package vn.haugiang.digitalhelp.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.haugiang.digitalhelp.app.ServiceTest;
import vn.haugiang.digitalhelp.admin.audit.AuditEntry;
import vn.haugiang.digitalhelp.admin.audit.AuditFilter;
import vn.haugiang.digitalhelp.admin.audit.AuditLog;
import vn.haugiang.digitalhelp.bot.area.AreaDirectory;
import vn.haugiang.digitalhelp.bot.area.Hamlet;
import vn.haugiang.digitalhelp.bot.chat.Channel;
import vn.haugiang.digitalhelp.bot.escalation.Escalation;
import vn.haugiang.digitalhelp.bot.escalation.EscalationStatus;
import vn.haugiang.digitalhelp.bot.escalation.Escalations;
import vn.haugiang.digitalhelp.bot.escalation.ResidentEscalations;
import vn.haugiang.digitalhelp.bot.resident.Resident;
import vn.haugiang.digitalhelp.bot.resident.Residents;
import vn.haugiang.digitalhelp.bot.team.DutyHours;
import vn.haugiang.digitalhelp.bot.team.TeamMembers;

/**
 * The areas, team and escalation pages in headless Chromium: a hamlet CSV with one bad row is reported
 * and nothing is imported, a household count is edited in place, a member is registered and gets a
 * printable join link with its QR code, and a resident's request is given to a member and closed from
 * the queue. Screenshots (some at 360 px) go to {@code target/screenshots/} when asked for ({@code -Dscreenshots=true}).
 */
@ServiceTest
class TeamsAreasEscalationsBrowserTest {

    @RegisterExtension
    static final HeadlessChromium chromium = new HeadlessChromium();

    private WebDriver browser;
    private WebDriverWait wait;

    @LocalServerPort
    int port;
    @Autowired
    AreaDirectory areas;
    @Autowired
    Residents residents;
    @Autowired
    ResidentEscalations requests;
    @Autowired
    Escalations escalations;
    @Autowired
    TeamMembers members;
    @Autowired
    AuditLog audit;

    @BeforeEach
    void signInAtDesktopWidth() {
        browser = chromium.browser();
        wait = chromium.waiting();
        browser.manage().window().setSize(new Dimension(1280, 900));
        chromium.signInAsAdmin(port);
    }

    @Test
    void aHamletCsvWithOneBadRowIsReportedByLineAndNothingIsImported() throws IOException {
        Path csv = Files.createTempFile("ap-", ".csv");
        Files.writeString(csv, "commune,hamlet,households\nXã Thử Nhập,Ấp Một,120\nXã Thử Nhập,Ấp Hai,nhiều\nXã Thử Nhập,Ấp Ba,90\n",
                StandardCharsets.UTF_8);
        open("/admin/areas");
        browser.findElement(By.id("file")).sendKeys(csv.toAbsolutePath().toString());
        browser.findElement(By.cssSelector("form[enctype] button[type=submit]")).click();

        WebElement report = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#import-report .report")));
        assertThat(report.getText()).contains("1 dòng lỗi").contains("Chưa nhập dòng nào");
        List<WebElement> badRows = report.findElements(By.cssSelector("tbody tr"));
        assertThat(badRows).hasSize(1);
        assertThat(badRows.get(0).getText()).contains("3").contains("Số hộ phải là số nguyên.");
        assertThat(areas.communeByName("Xã Thử Nhập")).isEmpty();
        chromium.screenshot("10-nhap-khu-vuc-loi");
    }

    @Test
    void aHouseholdCountIsEditedInPlaceAndAudited() {
        Hamlet hamlet = sampleHamlet("Khu vực 2");
        browser.manage().window().setSize(new Dimension(360, 800));
        open("/admin/areas?q=vi%20thanh");
        assertThat(browser.findElements(By.cssSelector("#areas tbody tr"))).hasSize(3);
        chromium.assertNoSidewaysScrolling();
        WebElement count = browser.findElement(By.id("households-" + hamlet.id()));
        count.clear();
        count.sendKeys("935");
        browser.findElement(By.cssSelector("#hamlet-" + hamlet.id() + " button")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#hamlet-" + hamlet.id() + " .saved"), "Đã lưu"));
        assertThat(areas.hamlet(hamlet.id()).orElseThrow().households()).isEqualTo(935);
        assertThat(audit.page(AuditFilter.EVERYTHING, 0, 20)).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo("hamlet.households");
            assertThat(entry.actor()).isEqualTo(AdminAccounts.ADMIN);
            assertThat(entry.detail()).contains("→ 935");
        });
        chromium.screenshot("11-khu-vuc-360px");
    }

    @Test
    void aRegisteredMemberGetsAJoinLinkWithItsQrCodeReadyToPrint() {
        String name = "Trần Thị Thử " + UUID.randomUUID().toString().substring(0, 4);
        open("/admin/team-members");
        browser.findElement(By.id("name")).sendKeys(name);
        browser.findElement(By.id("phone")).sendKeys("0900111222");
        new Select(browser.findElement(By.id("communeId"))).selectByVisibleText("Vị Thanh");
        WebElement hamlet = wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//fieldset[@id='hamlet-choices']//label[normalize-space()='Khu vực 1']")));
        hamlet.click();
        browser.findElement(By.cssSelector("#register > button.primary")).click();

        WebElement notice = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".notice")));
        assertThat(notice.getText()).contains("Đã đăng ký " + name);
        WebElement row = browser.findElement(By.xpath("//tr[td[1][normalize-space()='" + name + "']]"));
        assertThat(row.getText()).contains("0900111222").contains("Khu vực 1, Vị Thanh").contains("07:00–21:00")
                .contains("Chưa liên kết").contains("Đang hoạt động");
        notice.findElement(By.tagName("button")).click();

        WebElement link = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("join-link")));
        assertThat(link.getText()).matches("https://t\\.me/[A-Za-z0-9_]+\\?start=join_[A-Za-z0-9_-]{22}");
        WebElement qr = browser.findElement(By.cssSelector("img.qr"));
        assertThat(qr.getAttribute("src")).startsWith("data:image/png;base64,");
        assertThat(qr.getAttribute("alt")).contains(name);
        Object width = ((JavascriptExecutor) browser).executeScript("return arguments[0].naturalWidth;", qr);
        assertThat(((Number) width).intValue()).isEqualTo(320);
        assertThat(audit.page(AuditFilter.EVERYTHING, 0, 20)).extracting(AuditEntry::action).contains("member.register", "member.join-link");
        assertThat(audit.page(AuditFilter.EVERYTHING, 0, 20)).noneSatisfy(entry -> assertThat(String.valueOf(entry.detail())).contains("join_"));
        chromium.screenshot("12-lien-ket-tham-gia");
    }

    @Test
    void aResidentsRequestIsGivenToALinkedMemberAndClosedFromTheQueue() {
        Hamlet hamlet = sampleHamlet("Khu vực 3");
        String question = "Em không nhận được mã OTP khi đăng nhập " + UUID.randomUUID().toString().substring(0, 4);
        Resident resident = residents.seen(Channel.WEB, "browser-" + UUID.randomUUID()).resident();
        resident = residents.settle(resident.id(), hamlet.communeId(), hamlet.id());
        String id = requests.open(resident, question, List.of(), List.of()).escalationId();
        String memberName = "Lê Văn Trực " + UUID.randomUUID().toString().substring(0, 4);
        String memberId = members.register(memberName, null, List.of(hamlet.id()), DutyHours.parse("00:00-00:00")).id();
        members.linkTelegram(memberId, "777" + System.nanoTime());

        browser.manage().window().setSize(new Dimension(360, 800));
        open("/admin/escalations?status=OPEN");
        By card = By.id("esc-" + id);
        assertThat(browser.findElement(card).getText()).contains(question).contains("Đang chờ").contains("Khu vực 3, Vị Thanh");
        browser.findElement(card).findElement(By.cssSelector(".history summary")).click();
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView();", browser.findElement(card));
        chromium.assertNoSidewaysScrolling();
        chromium.screenshot("13-hang-doi-360px");

        new Select(browser.findElement(By.id("esc-" + id + "-member"))).selectByVisibleText(memberName);
        browser.findElement(card).findElement(By.cssSelector(".assign button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(card, "Đã giao yêu cầu cho " + memberName));
        assertThat(browser.findElement(card).findElement(By.cssSelector(".badge")).getText()).isEqualTo("Đang được giúp");

        browser.findElement(By.id("esc-" + id + "-note")).sendKeys("Đã gọi điện hướng dẫn");
        browser.findElement(card).findElement(By.xpath(".//button[normalize-space()='Đánh dấu đã xong']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(card, "Đã đóng yêu cầu"));
        assertThat(browser.findElement(card).findElement(By.cssSelector(".badge")).getText()).isEqualTo("Đã xong");
        assertThat(browser.findElement(card).findElements(By.cssSelector("form"))).isEmpty();
        chromium.screenshot("14-yeu-cau-da-xong-360px");

        Escalation stored = escalations.find(id).orElseThrow();
        assertThat(stored.status()).isEqualTo(EscalationStatus.RESOLVED);
        assertThat(stored.claimedBy()).isEqualTo(memberId);
        assertThat(stored.history()).extracting(Escalation.Change::event).containsExactly("opened", "assigned", "resolved");
        assertThat(stored.history().get(1).detail()).isEqualTo(memberName);
        assertThat(stored.history()).extracting(Escalation.Change::actor).endsWith("admin:" + AdminAccounts.ADMIN,
                "admin:" + AdminAccounts.ADMIN);
        assertThat(audit.page(AuditFilter.EVERYTHING, 0, 20)).extracting(AuditEntry::action, AuditEntry::objectId)
                .contains(org.assertj.core.groups.Tuple.tuple("escalation.assign", id),
                        org.assertj.core.groups.Tuple.tuple("escalation.resolve", id));
    }

    private Hamlet sampleHamlet(String name) {
        String communeId = areas.communeByName("Vị Thanh").orElseThrow().id();
        return areas.hamlets(communeId, name, 0, 5).items().get(0);
    }

    private void open(String path) {
        browser.get("http://127.0.0.1:" + port + path);
    }
}
