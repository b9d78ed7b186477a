package vn.haugiang.digitalhelp.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
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
import vn.haugiang.digitalhelp.bot.team.DutyHours;
import vn.haugiang.digitalhelp.bot.team.TeamMember;
import vn.haugiang.digitalhelp.bot.team.TeamMembers;

/**
 * Editing in headless Chromium: a member's phone, hamlets and hours by day of week, at phone width; a
 * hamlet added and renamed in the areas page, and one a member covers kept with the reason.
 * Screenshots go to {@code target/screenshots/} when asked for ({@code -Dscreenshots=true}).
 */
@ServiceTest
class TeamAndAreaEditingBrowserTest {

    @RegisterExtension
    static final HeadlessChromium chromium = new HeadlessChromium();

    private WebDriver browser;
    private WebDriverWait wait;

    @LocalServerPort
    int port;
    @Autowired
    AreaDirectory areas;
    @Autowired
    TeamMembers members;
    @Autowired
    AuditLog audit;

    @BeforeEach
    void signIn() {
        browser = chromium.browser();
        wait = chromium.waiting();
        browser.manage().window().setSize(new Dimension(1280, 900));
        chromium.signInAsAdmin(port);
    }

    @Test
    void aMembersPhoneHamletsAndSundayOffAreSavedFromAPhone() {
        List<Hamlet> hamlets = hamletsOfViThanh();
        String name = "Phan Thị Sửa " + UUID.randomUUID().toString().substring(0, 4);
        TeamMember member = members.register(name, "0900000003", List.of(hamlets.get(0).id()), DutyHours.parse("07:00-21:00"));

        browser.manage().window().setSize(new Dimension(360, 800));
        open("/admin/team-members");
        browser.findElement(By.cssSelector("a[aria-label='Sửa " + name + "']")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("edit")));
        chromium.assertNoSidewaysScrolling();
        WebElement phone = browser.findElement(By.id("phone"));
        phone.clear();
        phone.sendKeys("0911222333");
        browser.findElement(By.xpath("//label[normalize-space()='" + hamlets.get(1).displayName() + "']")).click();
        browser.findElement(By.id("onDuty-CN")).click();
        WebElement saturdayEnd = browser.findElement(By.id("dutyEnd-T7"));
        saturdayEnd.sendKeys("1130AM");
        chromium.screenshot("20-sua-thanh-vien-360px");
        browser.findElement(By.cssSelector("#edit > button.primary")).click();

        WebElement notice = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".notice")));
        assertThat(notice.getText()).contains("Đã lưu thay đổi của " + name);
        WebElement row = browser.findElement(By.id("member-" + member.id()));
        assertThat(row.getText()).contains("0911222333").contains(hamlets.get(1).displayName()).contains("T7 07:00–11:30")
                .contains("CN nghỉ");
        TeamMember stored = members.find(member.id()).orElseThrow();
        assertThat(stored.hamletIds()).containsExactlyInAnyOrder(hamlets.get(0).id(), hamlets.get(1).id());
        assertThat(stored.dutyHours().on(DayOfWeek.SUNDAY)).isEmpty();
        assertThat(stored.dutyHours().on(DayOfWeek.SATURDAY)).contains(new DutyHours(LocalTime.of(7, 0), LocalTime.of(11, 30)));
        assertThat(audit.page(AuditFilter.EVERYTHING, 0, 10)).extracting(AuditEntry::action).contains("member.edit");
    }

    @Test
    void aWeekWithoutHamletsIsRefusedOnThePageAndNothingChanges() {
        Hamlet hamlet = hamletsOfViThanh().get(0);
        TeamMember member = members.register("Lý Văn Giữ " + UUID.randomUUID().toString().substring(0, 4), null,
                List.of(hamlet.id()), DutyHours.parse("07:00-21:00"));
        open("/admin/team-members/" + member.id() + "/edit");
        browser.findElement(By.xpath("//label[normalize-space()='" + hamlet.displayName() + "']")).click();
        browser.findElement(By.cssSelector("#edit > button.primary")).click();
        WebElement problem = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".problem")));
        assertThat(problem.getText()).isEqualTo("Cần chọn ít nhất một ấp/khu vực");
        assertThat(members.find(member.id()).orElseThrow()).isEqualTo(member);
    }

    @Test
    void aHamletIsAddedAndRenamedInThePageAndOneWithAMemberIsNotRemoved() {
        String name = "Ấp Thêm " + UUID.randomUUID().toString().substring(0, 4);
        open("/admin/areas");
        new Select(browser.findElement(By.id("new-commune"))).selectByVisibleText("Vị Thanh");
        browser.findElement(By.id("new-name")).sendKeys(name);
        WebElement households = browser.findElement(By.id("new-households"));
        households.clear();
        households.sendKeys("75");
        browser.findElement(By.cssSelector("#add-hamlet button.primary")).click();
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".notice"))).getText())
                .isEqualTo("Đã thêm " + name + ", Vị Thanh.");
        Hamlet added = areas.hamletsOf(areas.communes("Vị Thanh", 0, 5).items().get(0).id()).stream()
                .filter(hamlet -> hamlet.name().equals(name)).findFirst().orElseThrow();
        assertThat(added.households()).isEqualTo(75);
        members.register("Hồ Văn Phụ Trách", null, List.of(added.id()), DutyHours.parse("07:00-21:00"));

        browser.findElement(By.cssSelector("#hamlet-" + added.id() + " summary")).click();
        WebElement rename = browser.findElement(By.id("name-" + added.id()));
        rename.clear();
        rename.sendKeys(name + " Mới");
        rename.submit();
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".notice"))).getText())
                .isEqualTo("Đã đổi tên thành " + name + " Mới, Vị Thanh.");
        assertThat(areas.hamlet(added.id()).orElseThrow().name()).isEqualTo(name + " Mới");

        browser.findElement(By.cssSelector("#hamlet-" + added.id() + " summary")).click();
        browser.findElement(By.cssSelector("#hamlet-" + added.id() + " button.danger")).click();
        WebElement problem = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("p.problem")));
        assertThat(problem.getText()).startsWith("Không xóa được " + name + " Mới, Vị Thanh")
                .contains("1 thành viên tổ đang phụ trách");
        assertThat(areas.hamlet(added.id())).isPresent();
        assertThat(audit.page(AuditFilter.EVERYTHING, 0, 10)).extracting(AuditEntry::action).contains("hamlet.add", "hamlet.rename")
                .doesNotContain("hamlet.remove");
        chromium.screenshot("21-khong-xoa-ap-co-thanh-vien");
    }

    private List<Hamlet> hamletsOfViThanh() {
        String communeId = areas.communes("Vị Thanh", 0, 5).items().get(0).id();
        return areas.hamletsOf(communeId);
    }

    private void open(String path) {
        browser.get("http://127.0.0.1:" + port + path);
    }
}
