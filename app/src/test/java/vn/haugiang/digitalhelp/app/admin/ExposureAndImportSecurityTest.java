package vn.haugiang.digitalhelp.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.crypto.password.PasswordEncoder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.haugiang.digitalhelp.app.ServiceTest;
import vn.haugiang.digitalhelp.admin.security.AdminUsers;
import vn.haugiang.digitalhelp.bot.area.AreaDirectory;
import vn.haugiang.digitalhelp.kb.article.Article;
import vn.haugiang.digitalhelp.kb.article.ArticleStore;

/**
 * What the service exposes and what it takes in bulk: the actuator (but health) and every API
 * documentation path are ADMIN-only, the chat page and the console carry a Content Security Policy
 * without inline script, and a guide zip that is a bomb, too many entries, or holds a bad topic is
 * refused with a report and nothing stored.
 */
@ServiceTest
class ExposureAndImportSecurityTest {

    @LocalServerPort
    int port;
    @Autowired
    AdminUsers users;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    AreaDirectory areas;
    @Autowired
    ArticleStore articles;
    @Autowired
    MongoTemplate mongo;

    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void accounts() {
        AdminAccounts.ensureOtherRoles(users, passwords, areas);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/actuator/prometheus", "/actuator/info", "/actuator", "/actuator/metrics"})
    void actuatorEndpointsButHealthNeedAnAdmin(String path) {
        assertThat(AdminHttp.anonymous(port).get(path).statusCode()).isEqualTo(401);
        assertThat(AdminHttp.basic(port, AdminAccounts.EDITOR, AdminAccounts.PASSWORD).get(path).statusCode()).isEqualTo(403);
        assertThat(AdminHttp.anonymous(port).get("/actuator/health").statusCode()).isEqualTo(200);
    }

    @Test
    void prometheusAnswersAnAdmin() {
        HttpResponse<String> metrics = AdminHttp.basic(port, AdminAccounts.ADMIN, AdminAccounts.ADMIN_PASSWORD)
                .get("/actuator/prometheus");

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/swagger-config", "/v3/api-docs.json"})
    void everyApiDocumentationPathIsAdminOnly(String path) {
        HttpResponse<String> anonymous = AdminHttp.anonymous(port).get(path);
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/admin/login"));
        AdminHttp editor = AdminHttp.session(port);
        editor.login(AdminAccounts.EDITOR, AdminAccounts.PASSWORD);
        assertThat(editor.get(path).statusCode()).isEqualTo(403);
    }

    @Test
    void theYamlDocumentationReachesAnAdmin() {
        AdminHttp admin = AdminHttp.session(port);
        admin.login(AdminAccounts.ADMIN, AdminAccounts.ADMIN_PASSWORD);

        HttpResponse<String> yaml = admin.get("/v3/api-docs.yaml");

        assertThat(yaml.statusCode()).isEqualTo(200);
        assertThat(yaml.body()).contains("openapi");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/chat", "/admin/login"})
    void theChatPageAndTheConsoleAllowNoInlineScript(String path) {
        HttpResponse<String> page = AdminHttp.anonymous(port).get(path);

        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("script-src 'self'").contains("img-src 'self' data:").contains("frame-ancestors 'none'")
                .doesNotContain("script-src 'self' 'unsafe-inline'").doesNotContain("unsafe-eval"));
        assertThat(page.body()).doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>");
    }

    @Test
    void aZipBombIsRefusedAndNothingIsStored() throws IOException {
        long before = mongo.count(new Query(), Article.class);
        Map<String, String> files = new LinkedHashMap<>();
        String huge = "---\ntitle: Bom\ntopic: bom\n---\n" + "a".repeat((1 << 20) - 64);
        for (int i = 0; i < 25; i++) {
            files.put("bom-" + i + ".md", huge);
        }
        byte[] bomb = GuideApiTest.zip(files);
        assertThat(bomb.length).as("compressed small, like a bomb").isLessThan(1 << 20);

        HttpResponse<String> refused = admin().postBytes("/api/admin/articles/import", "application/zip", bomb);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(json.readTree(refused.body()).path("detail").asString()).contains("20 MB");
        assertThat(mongo.count(new Query(), Article.class)).isEqualTo(before);
    }

    @Test
    void aZipWithTooManyEntriesIsRefused() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (int i = 0; i < 2001; i++) {
                zip.putNextEntry(new ZipEntry("rong-" + i + ".txt"));
                zip.closeEntry();
            }
        }

        HttpResponse<String> refused = admin().postBytes("/api/admin/articles/import", "application/zip", bytes.toByteArray());

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(json.readTree(refused.body()).path("detail").asString()).contains("2000");
    }

    @Test
    void aZipWithABadTopicIsRefusedWithAReportOfEveryBadFileAndNothingStored() throws IOException {
        long before = mongo.count(new Query(), Article.class);
        Map<String, String> files = new LinkedHashMap<>();
        files.put("bai-tot.md", "---\ntitle: Bài tốt\ntopic: fish-farming\n---\nNội dung.\n");
        files.put("chu-de-cham.md", "---\ntitle: Chủ đề có dấu chấm\ntopic: a.b\n---\nNội dung.\n");
        files.put("chu-de-do-la.md", "---\ntitle: Chủ đề có đô la\ntopic: $where\n---\nNội dung.\n");
        files.put("co-html.md", "---\ntitle: Có HTML\ntopic: html\n---\n<script>alert(1)</script>\n");

        HttpResponse<String> imported = admin().postBytes("/api/admin/articles/import", "application/zip", GuideApiTest.zip(files));

        assertThat(imported.statusCode()).isEqualTo(200);
        JsonNode report = json.readTree(imported.body());
        assertThat(report.path("invalid").valueStream().map(problem -> problem.path("file").asString()))
                .containsExactly("chu-de-cham.md", "chu-de-do-la.md", "co-html.md");
        assertThat(report.path("invalid").get(0).path("reason").asString()).contains("Chủ đề (topic)");
        assertThat(report.path("created").size()).isZero();
        assertThat(mongo.count(new Query(), Article.class)).isEqualTo(before);
        assertThat(articles.findBySlug("bai-tot")).isEmpty();
    }

    @Test
    void theEditorApiUsesTheSameValidation() {
        HttpResponse<String> refused = admin().postJson("/api/admin/articles",
                "{\"title\":\"T\",\"topic\":\"a.b\",\"body\":\"![ảnh](https://example.com/a.png)\"}");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(json.readTree(refused.body()).path("detail").asString()).contains("Chủ đề (topic)").contains("ảnh");
    }

    private AdminHttp admin() {
        return AdminHttp.basic(port, AdminAccounts.ADMIN, AdminAccounts.ADMIN_PASSWORD);
    }
}
