package vn.haugiang.digitalhelp.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.ZoneId;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

import vn.haugiang.digitalhelp.app.ServiceTest;
import vn.haugiang.digitalhelp.app.SettledResidents;
import vn.haugiang.digitalhelp.admin.security.AdminUsers;
import vn.haugiang.digitalhelp.bot.area.AreaDirectory;
import vn.haugiang.digitalhelp.bot.conversation.Conversation;
import vn.haugiang.digitalhelp.bot.interaction.Projector;
import vn.haugiang.digitalhelp.bot.resident.Residents;

/**
 * The dashboard page over real HTTP on a fresh embedded database, after the {@link DashboardQuestions}
 * of this month: who may open it, the figures it shows, a commune user held to their own commune whatever
 * the address asks for, and the monthly report downloaded with the page's session.
 */
@ServiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MetricsDashboardTest {

    @LocalServerPort
    int port;
    @Autowired
    Projector projector;

    @Autowired
    AdminUsers users;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    AreaDirectory areas;
    @Autowired
    Residents residents;
    @Autowired
    Conversation conversation;

    private String ownCommune;
    private String otherCommune;
    /** The title of the guide with topic app-install-android, which the Android question finds. */
    private static final String ANDROID_GUIDE = "Cài ứng dụng Hậu Giang trên điện thoại Android";

    private final String month = YearMonth.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();

    @BeforeAll
    void theKnownQuestionsOfThisMonth() {
        AdminAccounts.ensureOtherRoles(users, passwords, areas);
        DashboardQuestions.ask(conversation, residents, areas, projector);
        ownCommune = SettledResidents.firstHamlet(areas, AdminAccounts.COMMUNE_NAME).communeId();
        otherCommune = SettledResidents.firstHamlet(areas, "Long Mỹ").communeId();
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPageAndEditorsAreRefused() {
        for (String path : new String[] {"/admin/metrics", "/admin/metrics/report.csv?communeId=" + ownCommune}) {
            HttpResponse<String> anonymous = AdminHttp.anonymous(port).get(path);
            assertThat(anonymous.statusCode()).as(path).isEqualTo(302);
            assertThat(anonymous.headers().firstValue("Location")).as(path)
                    .hasValueSatisfying(location -> assertThat(location).endsWith("/admin/login"));
        }
        AdminHttp editor = AdminHttp.session(port);
        editor.login(AdminAccounts.EDITOR, AdminAccounts.PASSWORD);
        assertThat(editor.get("/admin/metrics").statusCode()).isEqualTo(403);
        assertThat(editor.get("/admin/metrics/report.xlsx?communeId=" + ownCommune).statusCode()).isEqualTo(403);
        assertThat(editor.get("/admin").body()).doesNotContain("/admin/metrics");
    }

    @Test
    void anAdminSeesTheFiguresOfTheChosenCommuneAndOfAllCommunes() {
        AdminHttp admin = AdminHttp.session(port);
        admin.login(AdminAccounts.ADMIN, AdminAccounts.ADMIN_PASSWORD);

        String own = admin.get("/admin/metrics?month=" + month + "&communeId=" + ownCommune).body();
        assertThat(own).contains("id=\"figure-questions\">4<", "id=\"figure-residents\">2<", "id=\"figure-answered\">2<",
                "id=\"figure-suggested\">0<", "id=\"figure-fallback\">2<", "id=\"figure-escalated\">0<",
                "id=\"figure-containment\">100,0%<", "id=\"figure-escalation-rate\">0,0%<");
        assertThat(own).contains("Số liệu tháng " + month.substring(5) + "/" + month.substring(0, 4) + " — Vị Thanh")
                .contains(DashboardQuestions.RICE_PRICE, DashboardQuestions.RICE_PRICE_TODAY, "2 lần")
                .contains("Viết bài hướng dẫn cho nhóm này")
                .contains("Giữa kỳ 50,0% · cuối kỳ 80,0%")
                .contains("/admin/metrics/report.xlsx?month=" + month + "&amp;communeId=" + ownCommune)
                .contains("data-charts=\"{&quot;days&quot;:")
                .doesNotContain(DashboardQuestions.OTHER_COMMUNE_QUESTION);
        assertThat(admin.get("/admin/metrics?communeId=" + otherCommune).body())
                .contains("id=\"figure-questions\">3<", "id=\"figure-fallback\">3<", DashboardQuestions.OTHER_COMMUNE_QUESTION);
        assertThat(admin.get("/admin/metrics").body())
                .contains("id=\"figure-questions\">7<", "id=\"figure-residents\">3<", "Chọn một xã/phường để xem tiến độ từng ấp.");
    }

    @Test
    void aCommuneUserSeesOnlyTheirOwnCommuneWhateverTheAddressAsksFor() {
        AdminHttp commune = AdminHttp.session(port);
        commune.login(AdminAccounts.COMMUNE, AdminAccounts.PASSWORD);

        for (String path : new String[] {"/admin/metrics", "/admin/metrics?communeId=" + otherCommune}) {
            HttpResponse<String> page = commune.get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.body()).as(path).contains("id=\"figure-questions\">4<", "— Vị Thanh")
                    .doesNotContain(DashboardQuestions.OTHER_COMMUNE_QUESTION, "id=\"communeId\"",
                            "Viết bài hướng dẫn cho nhóm này");
        }
        HttpResponse<byte[]> report = commune.getBytes("/admin/metrics/report.csv?month=" + month + "&communeId=" + otherCommune);
        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(report.headers().firstValue("Content-Disposition").orElseThrow()).contains("bao-cao-vi-thanh-" + month + ".csv");
        assertThat(new String(report.body(), StandardCharsets.UTF_8)).contains("Xã/phường,Vị Thanh").contains("Câu hỏi,4")
                .as("topics by their guide's title").contains("\n" + ANDROID_GUIDE + ",").doesNotContain("app-install-android");
    }

    @Test
    void theMostAskedTopicsAreShownByTheirGuidesTitle() {
        AdminHttp commune = AdminHttp.session(port);
        commune.login(AdminAccounts.COMMUNE, AdminAccounts.PASSWORD);
        String page = commune.get("/admin/metrics?month=" + month).body();
        assertThat(page).contains("id=\"top-topics\"").contains("<td data-label=\"Chủ đề\">" + ANDROID_GUIDE + "</td>")
                .doesNotContain("app-install-android");
    }

    @Test
    void anAdminDownloadsTheMonthlyReportWithTheirSession() {
        AdminHttp admin = AdminHttp.session(port);
        admin.login(AdminAccounts.ADMIN, AdminAccounts.ADMIN_PASSWORD);

        HttpResponse<byte[]> xlsx = admin.getBytes("/admin/metrics/report.xlsx?month=" + month + "&communeId=" + otherCommune);
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type").orElseThrow())
                .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(xlsx.headers().firstValue("Content-Disposition").orElseThrow()).contains("bao-cao-long-my-" + month + ".xlsx");
        HttpResponse<String> noCommune = admin.get("/admin/metrics/report.csv?month=" + month);
        assertThat(noCommune.statusCode()).isEqualTo(400);
        assertThat(noCommune.body()).contains("Hãy chọn một xã/phường để tải báo cáo.");
        assertThat(admin.get("/admin/metrics?month=2026-13").statusCode()).isEqualTo(400);
    }
}
