package vn.haugiang.digitalhelp.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import vn.haugiang.digitalhelp.app.ServiceTest;
import vn.haugiang.digitalhelp.admin.audit.AuditEntry;
import vn.haugiang.digitalhelp.admin.audit.AuditFilter;
import vn.haugiang.digitalhelp.admin.audit.AuditLog;
import vn.haugiang.digitalhelp.admin.guides.GuideChanges;
import vn.haugiang.digitalhelp.kb.GuideBaseStartup;
import vn.haugiang.digitalhelp.kb.article.Article;
import vn.haugiang.digitalhelp.kb.article.ArticleContent;
import vn.haugiang.digitalhelp.kb.article.ArticleStatus;
import vn.haugiang.digitalhelp.kb.article.ArticleStore;
import vn.haugiang.digitalhelp.kb.article.ArticleVersion;
import vn.haugiang.digitalhelp.kb.seed.SeedGuides;

/**
 * Upgrading an install that holds the previous seed texts, seen by an admin: the audit log names what
 * "seed" upgraded and what it left alone, the guide list flags the edited guide, its page shows the
 * difference, and one click adopts the new seed.
 */
@ServiceTest
class SeedUpgradePagesTest {

    private static final Path PREVIOUS_SEEDS = Path.of("../knowledge-base/src/test/resources/seed-v1");

    @LocalServerPort
    int port;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    ArticleStore articles;
    @Autowired
    GuideChanges changes;
    @Autowired
    GuideBaseStartup startup;
    @Autowired
    AuditLog audit;

    @Test
    void anAdminSeesTheUpgradeInTheAuditLogAndAdoptsTheNewSeedOfTheGuideTheyEdited() throws IOException {
        installOnThePreviousSeedTexts();
        Instant upgradeStarts = Instant.now();
        Article seeded = articles.findBySlug("no-smartphone").orElseThrow();
        Article edited = changes.edit(seeded.id(), seeded.version(), new ArticleContent(seeded.topic(), seeded.title(),
                seeded.questions(), "Ra xã nhờ cán bộ.", seeded.tags()), ArticleStatus.PUBLISHED, AdminAccounts.ADMIN);

        startup.afterSingletonsInstantiated();
        startup.awaitIndexBuild(); // a broken index build fails here, in the class that began it

        List<AuditEntry> entries = audit.page(AuditFilter.EVERYTHING, 0, 200).stream()
                .filter(entry -> entry.at().isAfter(upgradeStarts)).toList();
        assertThat(entries).filteredOn(entry -> entry.action().equals("article.seed-upgrade"))
                .hasSize(22).allSatisfy(entry -> assertThat(entry.actor()).isEqualTo("seed"));
        assertThat(entries).filteredOn(entry -> entry.action().equals("article.seed-offer"))
                .singleElement().satisfies(entry -> assertThat(entry.objectId()).isEqualTo(edited.id()));
        assertThat(articles.findBySlug("no-smartphone").orElseThrow().body()).isEqualTo("Ra xã nhờ cán bộ.");

        AdminHttp session = AdminHttp.session(port);
        session.login(AdminAccounts.ADMIN, AdminAccounts.ADMIN_PASSWORD);
        assertThat(session.get("/admin/audit?actor=seed").body()).as("the console's audit log")
                .contains("Bản mẫu (tự động)").contains("Tự cập nhật theo bản mẫu mới");
        assertThat(session.get("/admin/audit?actor=seed&objectId=" + edited.id()).body())
                .contains("Có bản mẫu mới (bài đã được sửa, không tự cập nhật)").contains("Trang 1/1 · 1 mục");
        assertThat(session.get("/admin/guides/" + edited.id() + "/versions").body())
                .contains("/admin/audit?objectId=" + edited.id());
        String list = session.get("/admin/guides?topic=no-smartphone").body();
        assertThat(list).contains("bản mẫu mới có cập nhật").contains("/admin/guides/" + edited.id() + "/seed-update");
        assertThat(session.get("/admin/guides?topic=online-safety").body()).doesNotContain("bản mẫu mới có cập nhật");

        String offer = session.get("/admin/guides/" + edited.id() + "/seed-update").body();
        assertThat(offer).contains("Ra xã nhờ cán bộ.").contains("Dùng bản mẫu mới").contains("bưu điện");

        HttpResponse<String> adopted = session.postForm("/admin/guides/" + edited.id() + "/seed-update",
                Map.of("current", String.valueOf(edited.version())), true);

        assertThat(adopted.statusCode()).isEqualTo(302);
        Article now = articles.findBySlug("no-smartphone").orElseThrow();
        assertThat(now.body()).contains("bưu điện").doesNotContain("Ra xã nhờ cán bộ.");
        assertThat(now.updatedBy()).isEqualTo(AdminAccounts.ADMIN);
        assertThat(audit.page(AuditFilter.EVERYTHING, 0, 1)).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("article.seed-adopt");
            assertThat(entry.actor()).isEqualTo(AdminAccounts.ADMIN);
        });
        assertThat(session.get("/admin/guides?topic=no-smartphone").body()).doesNotContain("bản mẫu mới có cập nhật");
    }

    @Test
    void adoptingOverAStaleVersionChangesNothingAndSaysWhy() throws IOException {
        Article edited = editedThenUpgraded("app-account", "Bản của xã.");
        AdminHttp session = signedIn();
        session.get("/admin/guides/" + edited.id() + "/seed-update");

        HttpResponse<String> stale = session.postForm("/admin/guides/" + edited.id() + "/seed-update",
                Map.of("current", String.valueOf(edited.version() - 1)), true);

        assertThat(stale.statusCode()).isEqualTo(302);
        assertThat(stale.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/seed-update"));
        assertThat(articles.findBySlug("app-account").orElseThrow().body()).isEqualTo("Bản của xã.");
    }

    @Test
    void anAdminWhoKeepsTheirTextLosesTheFlagAndAStaleOfferChangesNothing() throws IOException {
        Article edited = editedThenUpgraded("vneid-activate", "Bản của ấp.");
        AdminHttp session = signedIn();
        String offer = session.get("/admin/guides/" + edited.id() + "/seed-update").body();
        assertThat(offer).contains("Giữ bản của tôi");
        String waitingSeed = offer.replaceFirst("(?s).*name=\"seed\" value=\"(\\d+)\".*", "$1");

        HttpResponse<String> stale = session.postForm("/admin/guides/" + edited.id() + "/seed-update/keep",
                Map.of("seed", String.valueOf(Integer.parseInt(waitingSeed) - 1)), true);
        assertThat(stale.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/seed-update"));
        assertThat(session.get("/admin/guides/" + edited.id() + "/seed-update").body())
                .contains("Bản mẫu đang chờ đã thay đổi").contains("Giữ bản của tôi");

        HttpResponse<String> kept = session.postForm("/admin/guides/" + edited.id() + "/seed-update/keep",
                Map.of("seed", waitingSeed), true);

        assertThat(kept.statusCode()).isEqualTo(302);
        Article now = articles.findBySlug("vneid-activate").orElseThrow();
        assertThat(now.body()).isEqualTo("Bản của ấp.");
        assertThat(now.version()).as("keeping writes no new version").isEqualTo(edited.version());
        assertThat(audit.page(AuditFilter.EVERYTHING, 0, 1)).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("article.seed-keep");
            assertThat(entry.actor()).isEqualTo(AdminAccounts.ADMIN);
            assertThat(entry.objectId()).isEqualTo(edited.id());
        });
        assertThat(session.get("/admin/guides?topic=vneid-activate").body()).doesNotContain("bản mẫu mới có cập nhật");
        assertThat(session.get("/admin/guides/" + edited.id() + "/seed-update").body())
                .contains("Bài này không có bản mẫu mới nào đang chờ.");

        startup.afterSingletonsInstantiated();
        startup.awaitIndexBuild();
        assertThat(session.get("/admin/guides?topic=vneid-activate").body()).as("a restart does not flag it again")
                .doesNotContain("bản mẫu mới có cập nhật");
        assertThat(articles.findBySlug("vneid-activate").orElseThrow().body()).isEqualTo("Bản của ấp.");
    }

    /** An install on the previous seed texts whose admin edited this guide's body, then started on the new seeds. */
    private Article editedThenUpgraded(String slug, String body) throws IOException {
        installOnThePreviousSeedTexts();
        Article seeded = articles.findBySlug(slug).orElseThrow();
        Article edited = changes.edit(seeded.id(), seeded.version(), new ArticleContent(seeded.topic(), seeded.title(),
                seeded.questions(), body, seeded.tags()), ArticleStatus.PUBLISHED, AdminAccounts.ADMIN);
        startup.afterSingletonsInstantiated();
        startup.awaitIndexBuild(); // a broken index build fails here, in the class that began it
        return edited;
    }

    private AdminHttp signedIn() {
        AdminHttp session = AdminHttp.session(port);
        session.login(AdminAccounts.ADMIN, AdminAccounts.ADMIN_PASSWORD);
        return session;
    }

    private void installOnThePreviousSeedTexts() throws IOException {
        mongo.remove(new Query(), Article.class);
        mongo.remove(new Query(), ArticleVersion.class);
        mongo.dropCollection("seed_sync");
        try (var files = Files.list(PREVIOUS_SEEDS)) {
            for (Path file : files.sorted().toList()) {
                String slug = file.getFileName().toString().replaceFirst("\\.md$", "");
                articles.insertIfAbsent(SeedGuides.read(slug, Files.readString(file, StandardCharsets.UTF_8)).file()
                        .toArticle(null, Instant.parse("2026-01-05T08:00:00Z"), "seed"));
            }
        }
    }
}
