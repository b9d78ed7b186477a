package vn.haugiang.digitalhelp.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import vn.haugiang.digitalhelp.app.ServiceTest;
import vn.haugiang.digitalhelp.kb.search.GuideIndex;

/** The admin REST API for guides against the real service on the embedded database. */
@ServiceTest
class GuideApiTest {

    private static final String QUESTION = "Đăng ký nuôi cá tra ở đâu?";

    @LocalServerPort
    int port;
    @Autowired
    GuideIndex index;

    private final ObjectMapper json = new ObjectMapper();

    private AdminHttp api() {
        return AdminHttp.basic(port, AdminAccounts.ADMIN, AdminAccounts.ADMIN_PASSWORD);
    }

    private JsonNode create(String title, String body, String status) {
        Map<String, Object> guide = new LinkedHashMap<>();
        guide.put("title", title);
        guide.put("topic", "fish-farming");
        guide.put("questions", java.util.List.of(QUESTION, "  ", "Nuôi cá tra cần giấy gì?"));
        guide.put("tags", java.util.List.of("thủy sản"));
        guide.put("body", body);
        guide.put("status", status);
        HttpResponse<String> response = api().postJson("/api/admin/articles", json.writeValueAsString(guide));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json.readTree(response.body());
    }

    @Test
    void aCreatedDraftIsReadBackWithEveryField() {
        JsonNode created = create("Nuôi cá tra", "Đến phòng nông nghiệp xã.", null);

        JsonNode read = json.readTree(api().get("/api/admin/articles/" + created.path("id").asString()).body());

        assertThat(read.path("title").asString()).isEqualTo("Nuôi cá tra");
        assertThat(read.path("topic").asString()).isEqualTo("fish-farming");
        assertThat(read.path("questions")).extracting(JsonNode::asString).containsExactly(QUESTION, "Nuôi cá tra cần giấy gì?");
        assertThat(read.path("tags").get(0).asString()).isEqualTo("thủy sản");
        assertThat(read.path("body").asString()).isEqualTo("Đến phòng nông nghiệp xã.");
        assertThat(read.path("status").asString()).isEqualTo("DRAFT");
        assertThat(read.path("version").asLong()).isEqualTo(1);
        assertThat(read.path("updatedBy").asString()).isEqualTo(AdminAccounts.ADMIN);
        assertThat(read.path("updatedAt").asString()).isNotBlank();
        assertThat(read.path("slug").asString()).startsWith("nuoi-ca-tra");
    }

    @Test
    void publishingMakesTheBotAnswerWithTheGuide() {
        JsonNode created = create("Đăng ký nuôi cá tra", "Đến phòng nông nghiệp xã để đăng ký nuôi cá tra.", "DRAFT");
        String id = created.path("id").asString();
        assertThat(searchTest(QUESTION).path("hits").findValuesAsString("articleId")).doesNotContain(id);

        HttpResponse<String> published = api().post("/api/admin/articles/" + id + "/publish?version=1");

        assertThat(published.statusCode()).isEqualTo(200);
        assertThat(json.readTree(published.body()).path("status").asString()).isEqualTo("PUBLISHED");
        JsonNode report = searchTest(QUESTION);
        assertThat(report.path("outcome").asString()).isEqualTo("ANSWER");
        assertThat(report.path("hits").get(0).path("articleId").asString()).isEqualTo(id);
        assertThat(report.path("hits").get(0).path("score").asDouble()).isPositive();
        assertThat(report.path("coverage").asDouble()).isBetween(0.0, 1.0);
        assertThat(report.has("pairCoverage")).isTrue();
        assertThat(report.has("rivalRatio")).isTrue();
        JsonNode chat = json.readTree(AdminHttp.anonymous(port).postJson("/api/chat",
                "{\"sessionId\": \"guide-api-test-01\", \"text\": \"" + QUESTION + "\"}").body());
        assertThat(chat.path("topic").asString()).isEqualTo("fish-farming");
        JsonNode shown = report.path("replies").path(0);
        assertThat(shown.path("html").asString()).as("the reply as the web chat shows it")
                .isEqualTo(chat.path("replies").path(0).path("html").asString())
                .contains("<strong>Đăng ký nuôi cá tra</strong>").contains("phòng nông nghiệp xã");
        assertThat(shown.path("buttons").valueStream().map(JsonNode::asString).toList())
                .isEqualTo(chat.path("replies").path(0).path("buttons").findValuesAsString("label"));
    }

    @Test
    void anEditOverAnOlderVersionIsA409AndChangesNothing() {
        String id = create("Cá tra giống", "A", null).path("id").asString();
        String edit = "{\"title\":\"Cá tra giống\",\"topic\":\"fish-farming\",\"body\":\"B\",\"version\":1}";
        assertThat(api().putJson("/api/admin/articles/" + id, edit).statusCode()).isEqualTo(200);

        HttpResponse<String> stale = api().putJson("/api/admin/articles/" + id, edit.replace("\"B\"", "\"C\""));

        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(json.readTree(stale.body()).path("detail").asString()).contains("phiên bản 2");
        assertThat(json.readTree(api().get("/api/admin/articles/" + id).body()).path("body").asString()).isEqualTo("B");
    }

    @Test
    void deleteArchivesAndKeepsTheHistory() {
        String id = create("Cá rô đồng", "Nội dung", "PUBLISHED").path("id").asString();

        HttpResponse<String> deleted = api().delete("/api/admin/articles/" + id);

        assertThat(deleted.statusCode()).isEqualTo(200);
        assertThat(json.readTree(api().get("/api/admin/articles/" + id).body()).path("status").asString()).isEqualTo("ARCHIVED");
        assertThat(json.readTree(api().get("/api/admin/articles/" + id + "/versions").body()).path("totalItems").asLong())
                .isEqualTo(2);
        JsonNode archivedList = json.readTree(api().get("/api/admin/articles?status=ARCHIVED&topic=fish-farming").body());
        assertThat(archivedList.path("items").findValuesAsString("id")).contains(id);
    }

    @Test
    void versionsDiffAndRollBack() {
        String id = create("Cá lóc", "Một\nHai", null).path("id").asString();
        api().putJson("/api/admin/articles/" + id, "{\"title\":\"Cá lóc đồng\",\"topic\":\"fish-farming\",\"body\":\"Một\\nBa\",\"version\":1}");

        JsonNode versions = json.readTree(api().get("/api/admin/articles/" + id + "/versions").body());
        JsonNode diff = json.readTree(api().get("/api/admin/articles/" + id + "/diff?from=1&to=2").body());
        HttpResponse<String> rolledBack = api().post("/api/admin/articles/" + id + "/versions/1/rollback?current=2");

        assertThat(versions.path("items").findValuesAsString("savedBy")).containsOnly(AdminAccounts.ADMIN);
        assertThat(versions.path("items").get(0).path("version").asLong()).isEqualTo(2);
        assertThat(diff.path("fields").get(0).path("field").asString()).isEqualTo("title");
        assertThat(diff.path("body").findValuesAsString("change")).containsExactly("SAME", "REMOVED", "ADDED");
        assertThat(rolledBack.statusCode()).isEqualTo(200);
        JsonNode now = json.readTree(rolledBack.body());
        assertThat(now.path("version").asLong()).isEqualTo(3);
        assertThat(now.path("title").asString()).isEqualTo("Cá lóc");
        assertThat(now.path("body").asString()).isEqualTo("Một\nHai");
        assertThat(api().post("/api/admin/articles/" + id + "/versions/1/rollback?current=2").statusCode()).isEqualTo(409);
    }

    @Test
    void everyChangeIsInTheAuditLog() {
        String id = create("Cá điêu hồng", "Nội dung", null).path("id").asString();
        api().post("/api/admin/articles/" + id + "/publish");

        JsonNode audit = json.readTree(api().get("/api/admin/audit?size=100").body());

        assertThat(audit.path("items")).anySatisfy(entry -> {
            assertThat(entry.path("action").asString()).isEqualTo("article.publish");
            assertThat(entry.path("objectId").asString()).isEqualTo(id);
            assertThat(entry.path("actor").asString()).isEqualTo(AdminAccounts.ADMIN);
            assertThat(entry.path("at").asString()).isNotBlank();
        });
        assertThat(audit.path("items").findValuesAsString("action")).contains("article.create");
    }

    @Test
    void theListIsPaginatedAndSearchesLikeTheBot() {
        JsonNode firstPage = json.readTree(api().get("/api/admin/articles?size=5").body());
        JsonNode secondPage = json.readTree(api().get("/api/admin/articles?size=5&page=1").body());
        JsonNode found = json.readTree(api().get("/api/admin/articles?q=" + java.net.URLEncoder.encode("Định danh điện tử mức 2 làm ở đâu", StandardCharsets.UTF_8)).body());

        assertThat(firstPage.path("items").size()).isEqualTo(5);
        assertThat(firstPage.path("totalItems").asLong()).isGreaterThanOrEqualTo(23);
        assertThat(firstPage.path("totalPages").asInt()).isGreaterThanOrEqualTo(5);
        assertThat(secondPage.path("items").get(0).path("id").asString())
                .isNotEqualTo(firstPage.path("items").get(0).path("id").asString());
        assertThat(found.path("items").get(0).path("topic").asString()).isEqualTo("vneid-level2");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{\"title\":\"\",\"topic\":\"a\",\"body\":\"b\"}", "{\"title\":\"T\",\"topic\":\"Có Dấu\",\"body\":\"b\"}",
            "{\"title\":\"T\",\"topic\":\"a\",\"body\":\"  \"}", "{\"title\":\"T\",\"topic\":\"a\",\"body\":\"b\",\"status\":\"LIVE\"}",
            "{\"title\":\"T\",\"topic\":\"a\",\"body\":\"b\",\"slug\":\"Không hợp lệ\"}", "not json", "[1,2]",
            "{\"title\":{\"x\":1},\"topic\":\"a\",\"body\":\"b\"}"})
    void badInputIsA400WithAClearMessage(String body) {
        HttpResponse<String> response = api().postJson("/api/admin/articles", body);

        assertThat(response.statusCode()).isEqualTo(400);
        assertNoStackTrace(response.body());
        assertThat(json.readTree(response.body()).path("detail").asString()).isNotBlank();
    }

    @Test
    void otherBadRequestsAre400sAndMissingGuidesAre404s() {
        String id = create("Cá kèo", "Nội dung", null).path("id").asString();

        assertStatus(api().putJson("/api/admin/articles/" + id, "{\"title\":\"T\",\"topic\":\"a\",\"body\":\"b\"}"), 400);
        assertStatus(api().get("/api/admin/articles?status=LIVE"), 400);
        assertStatus(api().get("/api/admin/articles?size=1000"), 400);
        assertStatus(api().get("/api/admin/articles?page=-1"), 400);
        assertStatus(api().get("/api/admin/articles/" + id + "/diff?from=1"), 400);
        assertStatus(api().postBytes("/api/admin/articles", "text/plain", "x".getBytes(StandardCharsets.UTF_8)), 400);
        assertStatus(api().postJson("/api/admin/search/test", "{\"question\":\"   \"}"), 400);
        assertStatus(api().postBytes("/api/admin/articles/import", "application/zip", "không phải zip".getBytes(StandardCharsets.UTF_8)), 400);
        assertStatus(api().get("/api/admin/articles/khong-co-bai-nay"), 404);
        assertStatus(api().get("/api/admin/articles/64b7f0c2e4b0a1a2b3c4d5e6"), 404);
        assertStatus(api().putJson("/api/admin/articles/khong-co", "{\"title\":\"T\",\"topic\":\"a\",\"body\":\"b\",\"version\":1}"), 404);
        assertStatus(api().post("/api/admin/articles/khong-co/publish"), 404);
        assertStatus(api().delete("/api/admin/articles/khong-co"), 404);
        assertStatus(api().get("/api/admin/articles/" + id + "/versions/99"), 404);
        assertStatus(api().post("/api/admin/articles/" + id + "/versions/99/rollback"), 404);
        assertStatus(api().postJson("/api/admin/articles", "{\"title\":\"T\",\"topic\":\"a\",\"body\":\"b\",\"slug\":\"app-report\"}"), 409);
    }

    @Test
    void exportThenImportReportsCreatedUpdatedUnchangedAndConflicting() throws IOException {
        String editedLater = create("Cá chép", "Bản xuất", "PUBLISHED").path("id").asString();
        String slugEditedLater = json.readTree(api().get("/api/admin/articles/" + editedLater).body()).path("slug").asString();
        String updatable = create("Cá trê", "Bản xuất", "PUBLISHED").path("id").asString();
        String slugUpdatable = json.readTree(api().get("/api/admin/articles/" + updatable).body()).path("slug").asString();
        HttpResponse<byte[]> export = api().getBytes("/api/admin/articles/export");
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Type")).hasValue("application/zip");
        Map<String, String> files = unzip(export.body());
        assertThat(files).containsKey("app-report.md").containsKey(slugEditedLater + ".md");

        // After the export someone edits one guide on the server; the zip edits it too, and another one.
        api().putJson("/api/admin/articles/" + editedLater,
                "{\"title\":\"Cá chép\",\"topic\":\"fish-farming\",\"body\":\"Sửa trên máy chủ\",\"version\":1}");
        files.put(slugEditedLater + ".md", files.get(slugEditedLater + ".md").replace("Bản xuất", "Sửa trong tệp"));
        files.put(slugUpdatable + ".md", files.get(slugUpdatable + ".md").replace("Bản xuất", "Sửa trong tệp"));
        files.put("ca-moi.md", "---\ntitle: Cá mới\ntopic: fish-farming\nstatus: draft\n---\nBài mới từ tệp.\n");

        HttpResponse<String> imported = api().postBytes("/api/admin/articles/import", "application/zip", zip(files));

        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        JsonNode report = json.readTree(imported.body());
        assertThat(texts(report.path("created"))).containsExactly("ca-moi");
        assertThat(texts(report.path("updated"))).containsExactly(slugUpdatable);
        assertThat(texts(report.path("unchanged"))).contains("app-report", "vneid-level2");
        assertThat(report.path("conflicting").get(0).path("file").asString()).isEqualTo(slugEditedLater + ".md");
        assertThat(report.path("invalid").size()).isZero();
        assertThat(json.readTree(api().get("/api/admin/articles/" + editedLater).body()).path("body").asString())
                .isEqualTo("Sửa trên máy chủ");
        assertThat(json.readTree(api().get("/api/admin/articles/" + updatable).body()).path("body").asString())
                .isEqualTo("Sửa trong tệp");
    }

    @Test
    void aZipOfSeveralGuidesIsIndexedOnceAndAnsweredRightAfterTheImport() throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("nuoi-ca-linh.md", "---\ntitle: Nuôi cá linh mùa nước nổi\ntopic: fish-farming\nstatus: published\n---\nBài cá linh.\n");
        files.put("nuoi-ca-loc.md", "---\ntitle: Nuôi cá lóc trong bể bạt\ntopic: fish-farming\nstatus: published\n---\nBài cá lóc.\n");
        files.put("nuoi-ech.md", "---\ntitle: Nuôi ếch trong vèo\ntopic: fish-farming\nstatus: published\n---\nBài nuôi ếch.\n");
        long builds = index.builds();

        HttpResponse<String> imported = api().postBytes("/api/admin/articles/import", "application/zip", zip(files));

        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(texts(json.readTree(imported.body()).path("created"))).containsExactlyInAnyOrder("nuoi-ca-linh", "nuoi-ca-loc", "nuoi-ech");
        assertThat(index.builds() - builds).as("three new guides, one index build").isEqualTo(1);
        assertThat(searchTest("nuôi cá lóc trong bể bạt").path("hits").get(0).path("title").asString())
                .isEqualTo("Nuôi cá lóc trong bể bạt");
    }

    private static java.util.List<String> texts(JsonNode array) {
        java.util.List<String> values = new java.util.ArrayList<>();
        array.forEach(node -> values.add(node.asString()));
        return values;
    }

    private JsonNode searchTest(String question) {
        HttpResponse<String> response = api().postJson("/api/admin/search/test",
                json.writeValueAsString(Map.of("question", question)));
        assertThat(response.statusCode()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private void assertStatus(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.uri() + " " + response.body()).isEqualTo(status);
        assertNoStackTrace(response.body());
        assertThat(json.readTree(response.body()).path("detail").asString()).isNotBlank();
    }

    private static void assertNoStackTrace(String body) {
        assertThat(body).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("org.springframework")
                .doesNotContain("vn.haugiang");
    }

    private static Map<String, String> unzip(byte[] bytes) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                files.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    static byte[] zip(Map<String, String> files) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, String> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry("guides/" + file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
