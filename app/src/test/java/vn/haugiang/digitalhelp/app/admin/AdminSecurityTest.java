package vn.haugiang.digitalhelp.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.haugiang.digitalhelp.app.ServiceTest;
import vn.haugiang.digitalhelp.admin.security.AdminUsers;
import vn.haugiang.digitalhelp.bot.area.AreaDirectory;
import vn.haugiang.digitalhelp.kb.article.ArticleStore;
import vn.haugiang.digitalhelp.app.ProblemAnswers;
import vn.haugiang.digitalhelp.bot.problems.ApiProblem;

/**
 * Who may reach what, over real HTTP: anonymous callers are sent to the login page (pages) or get a
 * JSON 401 (API); wrong roles get 403; forms without a CSRF token are refused; residents'
 * endpoints stay public (sign-in throttling: {@link AccountSecurityTest}).
 */
@ServiceTest
class AdminSecurityTest {

    private static final List<String> GUIDE_PAGES = List.of("/admin/guides", "/admin/guides/new", "/admin/search-test",
            "/admin/transfer", "/admin/transfer/export");
    private static final List<String> ADMIN_ONLY_PAGES = List.of("/swagger-ui.html", "/swagger-ui/index.html", "/v3/api-docs",
            "/admin/users", "/admin/audit");
    private static final List<String> GUIDE_API = List.of("/api/admin/articles", "/api/admin/articles/export");
    private static final List<String> ADMIN_ONLY_API = List.of("/api/admin/users", "/api/admin/audit");

    @LocalServerPort
    int port;
    @Autowired
    AdminUsers users;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    ArticleStore articles;
    @Autowired
    AreaDirectory areas;

    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void accounts() {
        AdminAccounts.ensureOtherRoles(users, passwords, areas);
    }

    @Test
    void anonymousVisitorsOfAdminPagesAreSentToTheLoginPage() {
        AdminHttp anonymous = AdminHttp.anonymous(port);
        for (String page : concat(List.of("/admin"), GUIDE_PAGES, ADMIN_ONLY_PAGES)) {
            HttpResponse<String> response = anonymous.get(page);
            assertThat(response.statusCode()).as(page).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).as(page).hasValueSatisfying(
                    location -> assertThat(location).endsWith("/admin/login"));
        }
    }

    @Test
    void anonymousApiCallsGetAJson401() throws Exception {
        AdminHttp anonymous = AdminHttp.anonymous(port);
        for (String path : concat(GUIDE_API, ADMIN_ONLY_API)) {
            HttpResponse<String> response = anonymous.get(path);
            assertThat(ProblemAnswers.detail(response, ApiProblem.UNAUTHENTICATED)).as(path).startsWith("Cần đăng nhập");
        }
        assertThat(anonymous.postJson("/api/admin/articles", "{}").statusCode()).isEqualTo(401);
        assertThat(anonymous.postJson("/api/admin/search/test", "{\"question\":\"vneid\"}").statusCode()).isEqualTo(401);
    }

    @Test
    void aWrongPasswordOnTheApiGets401() {
        assertThat(AdminHttp.basic(port, AdminAccounts.EDITOR, "sai-mat-khau").get("/api/admin/articles").statusCode())
                .isEqualTo(401);
    }

    @Test
    void aCommuneUserCannotReachTheGuides() {
        AdminHttp api = AdminHttp.basic(port, AdminAccounts.COMMUNE, AdminAccounts.PASSWORD);
        for (String path : concat(GUIDE_API, ADMIN_ONLY_API)) {
            assertThat(api.get(path).statusCode()).as(path).isEqualTo(403);
        }
        AdminHttp pages = AdminHttp.session(port);
        assertThat(pages.login(AdminAccounts.COMMUNE, AdminAccounts.PASSWORD).statusCode()).isEqualTo(302);
        assertThat(pages.get("/admin").statusCode()).isEqualTo(200);
        for (String page : concat(GUIDE_PAGES, ADMIN_ONLY_PAGES)) {
            assertThat(pages.get(page).statusCode()).as(page).isEqualTo(403);
        }
    }

    @Test
    void anEditorReachesTheGuidesButNotUsersAuditOrApiDocumentation() throws Exception {
        AdminHttp api = AdminHttp.basic(port, AdminAccounts.EDITOR, AdminAccounts.PASSWORD);
        assertThat(api.get("/api/admin/articles").statusCode()).isEqualTo(200);
        for (String path : ADMIN_ONLY_API) {
            HttpResponse<String> response = api.get(path);
            assertThat(ProblemAnswers.detail(response, ApiProblem.FORBIDDEN)).as(path).contains("không có quyền");
        }
        assertThat(api.postJson("/api/admin/users",
                "{\"username\":\"moi\",\"password\":\"mat-khau-rat-dai-1\",\"role\":\"ADMIN\"}").statusCode()).isEqualTo(403);
        AdminHttp pages = AdminHttp.session(port);
        pages.login(AdminAccounts.EDITOR, AdminAccounts.PASSWORD);
        for (String page : GUIDE_PAGES) {
            assertThat(pages.get(page).statusCode()).as(page).isEqualTo(200);
        }
        for (String page : ADMIN_ONLY_PAGES) {
            assertThat(pages.get(page).statusCode()).as(page).isEqualTo(403);
        }
    }

    @Test
    void anAdminReachesTheApiDocumentation() throws Exception {
        AdminHttp pages = AdminHttp.session(port);
        pages.login(AdminAccounts.ADMIN, AdminAccounts.ADMIN_PASSWORD);

        HttpResponse<String> docs = pages.get("/v3/api-docs");
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(json.readTree(docs.body()).path("paths").has("/api/admin/articles/{id}/publish")).isTrue();
        assertThat(json.readTree(docs.body()).path("paths").has("/api/chat")).isFalse();
        JsonNode api = json.readTree(docs.body());
        String summary = api.at("/paths/~1api~1admin~1metrics~1summary/get/responses/200/content/application~1json/schema/$ref")
                .asString();
        assertThat(summary).as("the metrics summary is a record with a schema, not a map").startsWith("#/components/schemas/");
        assertThat(api.at("/components/schemas/" + summary.substring(summary.lastIndexOf('/') + 1) + "/properties")
                .has("containment_rate")).isTrue();
        assertThat(pages.get("/swagger-ui/index.html").statusCode()).isEqualTo(200);
        assertThat(AdminHttp.basic(port, AdminAccounts.ADMIN, AdminAccounts.ADMIN_PASSWORD).get("/api/admin/users").statusCode())
                .isEqualTo(200);
    }

    @Test
    void formPostsWithoutACsrfTokenAreRefused() {
        AdminHttp pages = AdminHttp.session(port);
        pages.login(AdminAccounts.EDITOR, AdminAccounts.PASSWORD);
        String id = articles.findBySlug("app-report").orElseThrow().id();
        Map<String, String> form = Map.of("title", "Sửa trái phép", "topic", "app-report", "body", "x", "action", "publish",
                "version", "1");

        assertThat(pages.postForm("/admin/guides/" + id, form, false).statusCode()).isEqualTo(403);
        assertThat(pages.postForm("/admin/guides", form, false).statusCode()).isEqualTo(403);
        assertThat(pages.postForm("/admin/search-test", Map.of("question", "vneid"), false).statusCode()).isEqualTo(403);
        assertThat(pages.postForm("/admin/logout", Map.of(), false).statusCode()).isEqualTo(403);
        assertThat(articles.findBySlug("app-report").orElseThrow().title()).isNotEqualTo("Sửa trái phép");

        pages.get("/admin/search-test");
        assertThat(pages.postForm("/admin/search-test", Map.of("question", "vneid"), true).statusCode()).isEqualTo(200);
    }

    @Test
    void aLoginWithoutACsrfTokenIsRefused() {
        AdminHttp pages = AdminHttp.session(port);
        HttpResponse<String> response = pages.postForm("/admin/login",
                Map.of("username", AdminAccounts.EDITOR, "password", AdminAccounts.PASSWORD), false);

        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() {
        HttpResponse<String> login = AdminHttp.session(port).login(AdminAccounts.EDITOR, AdminAccounts.PASSWORD);

        assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax"));
    }

    @Test
    void theLoginPageIsInVietnamese() {
        HttpResponse<String> page = AdminHttp.anonymous(port).get("/admin/login");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<html lang=\"vi\">").contains("Đăng nhập quản trị").contains("Mật khẩu")
                .contains("name=\"_csrf\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/chat", "/chat/chat.js", "/chat/chat.css", "/actuator/health",
            "/webjars/htmx.org/dist/htmx.min.js", "/admin/assets/admin.css"})
    void residentsEndpointsAndAssetsStayPublic(String path) {
        assertThat(AdminHttp.anonymous(port).get(path).statusCode()).isEqualTo(200);
    }

    @Test
    void theWebChatApiNeedsNoCsrfToken() {
        HttpResponse<String> response = AdminHttp.anonymous(port).postJson("/api/chat",
                "{\"text\": \"cài vneid\"}");

        assertThat(response.statusCode()).isEqualTo(200);
        // Only the web chat's own session cookie, never an admin session.
        assertThat(response.headers().allValues("Set-Cookie")).singleElement()
                .satisfies(cookie -> assertThat(cookie).startsWith("dh_chat="));
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        return java.util.Arrays.stream(lists).flatMap(List::stream).toList();
    }
}
