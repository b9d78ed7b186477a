package vn.haugiang.digitalhelp.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.haugiang.digitalhelp.admin.audit.AuditAction;
import vn.haugiang.digitalhelp.admin.audit.AuditEntry;
import vn.haugiang.digitalhelp.admin.audit.AuditFilter;
import vn.haugiang.digitalhelp.admin.audit.AuditLog;
import vn.haugiang.digitalhelp.admin.guides.GuideChanges;
import vn.haugiang.digitalhelp.app.ProblemAnswers;
import vn.haugiang.digitalhelp.app.ServiceTest;
import vn.haugiang.digitalhelp.bot.problems.ApiProblem;
import vn.haugiang.digitalhelp.kb.article.Article;
import vn.haugiang.digitalhelp.kb.article.ArticleContent;
import vn.haugiang.digitalhelp.kb.article.ArticleStatus;
import vn.haugiang.digitalhelp.kb.article.ArticleStore;

/**
 * The audit log as an admin reads it in the console: each change in words, narrowed to one person, one kind of
 * object or one object, and the same over the API; a filter it cannot apply is a polite 400.
 */
@ServiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditPagesTest {

    /** Made-up people and objects, so that the shared service's other entries never match the filters. */
    private static final String CLERK = "nhatky-canbo";
    private static final String OTHER_CLERK = "nhatky-nguoikhac";
    private static final String EDITOR = "nhatky-bientap";
    private static final String GUIDE_TITLE = "Nuôi cá tra: giấy tờ cần có";
    private static final String HAMLET = "nhatky-ap";

    @LocalServerPort
    int port;
    @Autowired
    AuditLog audit;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    ArticleStore articles;
    @Autowired
    GuideChanges changes;

    private AdminHttp admin;
    /** A guide of this class's own, a draft nobody else changes. */
    private String guide;

    @BeforeAll
    void changesAndAnAdmin() {
        guide = articles.insert(new Article(null, "nhat-ky-nuoi-ca", "fish-farming", GUIDE_TITLE, List.of(), "Nội dung.",
                List.of(), ArticleStatus.DRAFT, 1, Instant.now(), AdminAccounts.ADMIN, null)).id();
        audit.record(CLERK, AuditAction.ARTICLE_PUBLISH, guide, "phiên bản 3, đã đăng");
        audit.record(CLERK, AuditAction.HAMLET_RENAME, HAMLET, "Ấp Một → Ấp Mới");
        audit.record(OTHER_CLERK, AuditAction.ARTICLE_ARCHIVE, guide, "phiên bản 4, đã lưu trữ");
        // Written by an older version of the service under a code it no longer makes.
        mongo.insert(new AuditEntry(null, Instant.now(), OTHER_CLERK, "guide.import", "guide", "nhatky-cu", "2 bài"));
        admin = AdminHttp.session(port);
        admin.login(AdminAccounts.ADMIN, AdminAccounts.ADMIN_PASSWORD);
    }

    @Test
    void oneClerksChangesAreListedInWordsNewestFirstWithTheGuidesHistory() {
        HttpResponse<String> page = admin.get("/admin/audit?actor=" + CLERK);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Nhật ký thay đổi").contains("Đổi tên ấp").contains("Ấp Một → Ấp Mới")
                .contains("Đăng bài hướng dẫn").contains("/admin/guides/" + guide + "/versions").contains(GUIDE_TITLE)
                .contains("/admin/audit?objectId=" + HAMLET).contains("Trang 1/1 · 2 mục")
                .doesNotContain("Lưu trữ bài hướng dẫn");
        assertThat(admin.get("/admin/audit?actor=" + CLERK.toUpperCase()).body()).as("user names are lower case")
                .contains("Trang 1/1 · 2 mục");
        assertThat(page.body().indexOf("Đổi tên ấp")).as("newest first").isLessThan(page.body().indexOf("Đăng bài hướng dẫn"));
        assertThat(page.body()).as("a hamlet has no guide history").doesNotContain("/admin/guides/" + HAMLET);
    }

    @Test
    void oneObjectsChangesByEveryoneAndOneKindOfObject() {
        assertThat(admin.get("/admin/audit?objectId=" + guide).body()).contains("Đăng bài hướng dẫn")
                .contains("Lưu trữ bài hướng dẫn").contains("Trang 1/1 · 2 mục").doesNotContain("Đổi tên ấp")
                .contains("Chỉ các thay đổi của <strong>" + GUIDE_TITLE + "</strong>");
        assertThat(admin.get("/admin/audit?actor=" + CLERK + "&objectType=hamlet").body()).contains("Đổi tên ấp")
                .contains("Trang 1/1 · 1 mục").doesNotContain("Đăng bài hướng dẫn");
        assertThat(admin.get("/admin/audit?actor=" + OTHER_CLERK + "&objectType=admin_user").body())
                .contains("Không có thay đổi nào khớp.");
    }

    @Test
    void aDraftOfALiveGuideIsLoggedAsADraftNotAsPublished() {
        ArticleContent live = new ArticleContent("fish-farming", "Nuôi cá rô đồng (nhật ký)", List.of(), "Bản đang dùng.", List.of());
        Article published = changes.create(null, live, ArticleStatus.PUBLISHED, EDITOR);
        try {
            changes.edit(published.id(), published.version(), new ArticleContent(live.topic(), live.title(), List.of(),
                    "Bản nháp mới.", List.of()), ArticleStatus.DRAFT, EDITOR);

            assertThat(audit.page(AuditFilter.of(null, null, published.id()), 0, 10)).extracting(AuditEntry::detail)
                    .containsExactly("phiên bản 2, bản nháp, bản đang dùng giữ nguyên", "phiên bản 1, đã đăng");
        } finally {
            changes.archive(published.id(), null, EDITOR); // out of the shared service's search again
        }
    }

    @Test
    void aCodeNoLongerMadeIsShownAsStored() {
        assertThat(admin.get("/admin/audit?objectId=nhatky-cu").body()).contains("guide.import").contains("2 bài");
    }

    @Test
    void theApiTakesTheSameFilters() {
        JsonNode page = JsonMapper.shared().readTree(AdminHttp.basic(port, AdminAccounts.ADMIN, AdminAccounts.ADMIN_PASSWORD)
                .get("/api/admin/audit?actor=" + CLERK + "&objectType=article").body());

        assertThat(page.path("totalItems").asInt()).isEqualTo(1);
        assertThat(page.path("items").get(0).path("action").asString()).isEqualTo("article.publish");
        assertThat(page.path("items").get(0).path("objectType").asString()).isEqualTo("article");
        assertThat(page.path("items").get(0).path("objectId").asString()).isEqualTo(guide);
    }

    @Test
    void aKindTheLogDoesNotKnowIsAPoliteBadRequest() {
        HttpResponse<String> page = admin.get("/admin/audit?objectType=bai-viet");
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("Không có loại đối tượng").doesNotContain("Exception", "\tat ");

        HttpResponse<String> api = AdminHttp.basic(port, AdminAccounts.ADMIN, AdminAccounts.ADMIN_PASSWORD)
                .get("/api/admin/audit?objectType=bai-viet");
        assertThat(ProblemAnswers.detail(api, ApiProblem.INVALID_INPUT)).contains("Không có loại đối tượng \"bai-viet\"");

        HttpResponse<String> markup = admin.get("/admin/audit?objectType=%3Cb%3Ebai%3C%2Fb%3E");
        assertThat(markup.statusCode()).isEqualTo(400);
        assertThat(markup.body()).as("what was typed comes back as text").contains("&lt;b&gt;bai&lt;/b&gt;")
                .doesNotContain("<b>bai</b>");
    }

    @Test
    void aTypedFilterComesBackAsTextNotMarkup() {
        assertThat(admin.get("/admin/audit?actor=%22%3E%3Cscript%3Ex%3C%2Fscript%3E").body())
                .contains("Không có thay đổi nào khớp.").doesNotContain("<script>x</script>");
    }
}
