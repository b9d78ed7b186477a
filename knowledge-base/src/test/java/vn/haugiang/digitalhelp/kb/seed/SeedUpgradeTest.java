package vn.haugiang.digitalhelp.kb.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import vn.haugiang.digitalhelp.kb.GuideBaseStartup;
import vn.haugiang.digitalhelp.kb.KnowledgeBaseTest;
import vn.haugiang.digitalhelp.kb.article.Article;
import vn.haugiang.digitalhelp.kb.article.ArticleContent;
import vn.haugiang.digitalhelp.kb.article.ArticleDiff;
import vn.haugiang.digitalhelp.kb.article.ArticleEditor;
import vn.haugiang.digitalhelp.kb.article.ArticleHistory;
import vn.haugiang.digitalhelp.kb.article.ArticleStatus;
import vn.haugiang.digitalhelp.kb.article.ArticleStore;
import vn.haugiang.digitalhelp.kb.article.ArticleVersion;
import vn.haugiang.digitalhelp.kb.search.GuideIndex;
import vn.haugiang.digitalhelp.kb.search.GuideSearch;

/**
 * An install that ran the previous seed texts ({@code src/test/resources/seed-v1}, exactly as they
 * shipped), one guide edited by an admin, then started with the current guides: the embedded database
 * through the real driver.
 */
@KnowledgeBaseTest(freshForEachTest = true)
class SeedUpgradeTest {

    private static final Path PREVIOUS_SEEDS = Path.of("src/test/resources/seed-v1");

    @Autowired
    MongoTemplate mongo;
    @Autowired
    ArticleStore articles;
    @Autowired
    ArticleEditor editor;
    @Autowired
    ArticleHistory history;
    @Autowired
    GuideBaseStartup startup;
    @Autowired
    SeedUpdates updates;
    @Autowired
    GuideSearch search;
    @Autowired
    SeedEvents seen;
    @Autowired
    GuideIndex index;

    @BeforeEach
    void installOnThePreviousSeedTexts() throws IOException {
        mongo.remove(new Query(), Article.class);
        mongo.remove(new Query(), ArticleVersion.class);
        mongo.dropCollection("seed_sync");
        for (ShippedGuide guide : previousSeeds()) { // what seeding did before seed versions existed
            articles.insertIfAbsent(guide.file().toArticle(null, Instant.parse("2026-01-05T08:00:00Z"), "seed"));
        }
        seen.events.clear();
    }

    @Test
    void unEditedGuidesTakeTheCorrectedTextAndAnEditedOneIsKeptAndFlagged() throws IOException {
        Article edited = articles.findBySlug("app-report").orElseThrow();
        ArticleContent adminText = new ArticleContent(edited.topic(), "Phản ánh hiện trường (xã sửa)",
                List.of("Báo đường hư ở đâu?"), "Nội dung xã tự viết.", edited.tags());
        editor.edit(edited.id(), edited.version(), adminText, ArticleStatus.PUBLISHED, "admin-xa");

        long buildsBefore = index.builds();
        startup.afterSingletonsInstantiated(); // the upgraded service starts

        startup.awaitIndexBuild();
        assertThat(index.builds() - buildsBefore).as("the upgraded guides do not each rebuild the index: "
                + "the start-up's one build (on its own thread) takes them all").isEqualTo(1);
        Map<String, ShippedGuide> current = SeedGuides.catalogue().stream()
                .collect(Collectors.toMap(ShippedGuide::slug, Function.identity()));
        Article safety = articles.findBySlug("online-safety").orElseThrow();
        assertThat(safety.body()).isEqualTo(current.get("online-safety").file().content().body())
                .contains("đường dây nóng của ngân hàng");
        assertThat(safety.version()).isEqualTo(2);
        assertThat(safety.updatedBy()).isEqualTo("seed");
        assertThat(history.versions(safety.id(), 0, 10)).extracting(ArticleVersion::version, ArticleVersion::savedBy)
                .containsExactly(tuple(2L, "seed"), tuple(1L, "seed"));

        Article kept = articles.findBySlug("app-report").orElseThrow();
        assertThat(kept.body()).isEqualTo("Nội dung xã tự viết.");
        assertThat(kept.updatedBy()).isEqualTo("admin-xa");
        assertThat(updates.waitingSlugs()).containsExactly("app-report");
        assertThat(updates.offerFor(kept)).hasValueSatisfying(offer ->
                assertThat(offer.diff().fields()).extracting(ArticleDiff.FieldChange::field).contains("title", "questions"));
        assertThat(history.versions(kept.id(), 0, 10)).extracting(ArticleVersion::savedBy).containsExactly("admin-xa", "seed");

        List<String> newTopics = List.of("merger-papers", "vneid-documents", "child-residence", "scam-recovery", "account-takeover");
        assertThat(newTopics).allSatisfy(slug -> assertThat(articles.findBySlug(slug)).isPresent());
        assertThat(articles.findAll()).filteredOn(article -> !article.slug().equals("app-report"))
                .allSatisfy(article -> assertThat(article.body()).isEqualTo(current.get(article.slug()).file().content().body()));
        assertThat(seen.events).filteredOn(SeedGuideUpgraded.class::isInstance).hasSize(previousSeeds().size() - 1);
        assertThat(seen.events).filteredOn(SeedUpdateOffered.class::isInstance)
                .containsExactly(new SeedUpdateOffered(kept.id(), "app-report", current.get("app-report").seedVersion()));
        assertThat(search.search("lỡ đưa mã otp mất tiền gọi ngân hàng").top().topic()).isIn("scam-recovery", "online-safety");
    }

    @Test
    void aSecondStartChangesNothingAndOffersNothingAgain() {
        Article edited = articles.findBySlug("dossier-birth").orElseThrow();
        editor.edit(edited.id(), edited.version(), new ArticleContent(edited.topic(), edited.title(), edited.questions(),
                edited.body() + "\n\nGhi chú của xã.", edited.tags()), ArticleStatus.PUBLISHED, "admin-xa");
        startup.afterSingletonsInstantiated();
        long versions = mongo.count(new Query(), ArticleVersion.class);
        seen.events.clear();

        startup.afterSingletonsInstantiated();

        assertThat(seen.events).isEmpty();
        assertThat(mongo.count(new Query(), ArticleVersion.class)).isEqualTo(versions);
        assertThat(updates.waitingSlugs()).containsExactly("dossier-birth");
    }

    @Test
    void adoptingTheNewSeedTakesItsTextAsANewVersionAndClearsTheFlag() {
        Article edited = articles.findBySlug("team-contact").orElseThrow();
        Article adminVersion = editor.edit(edited.id(), edited.version(), new ArticleContent(edited.topic(), edited.title(),
                edited.questions(), "Liên hệ trưởng ấp.", edited.tags()), ArticleStatus.PUBLISHED, "admin-xa");
        startup.afterSingletonsInstantiated();

        Article adopted = updates.adopt(adminVersion.id(), adminVersion.version(), "admin-xa");

        assertThat(adopted.body()).contains("Bình dân học vụ số");
        assertThat(adopted.updatedBy()).isEqualTo("admin-xa");
        assertThat(adopted.version()).isEqualTo(adminVersion.version() + 1);
        assertThat(updates.waitingSlugs()).isEmpty();
        assertThat(history.find(adopted.id(), adminVersion.version())).hasValueSatisfying(v ->
                assertThat(v.body()).isEqualTo("Liên hệ trưởng ấp."));
    }

    @Test
    void everyPreviousSeedTextIsListedInTheShippedHistoryAndNoCurrentOneIs() throws IOException {
        SeedHistory shipped = SeedHistory.shipped();
        assertThat(previousSeeds()).allSatisfy(guide ->
                assertThat(shipped.versionOf(guide.slug(), guide.fingerprint())).as(guide.slug()).hasValue(guide.seedVersion()));
        assertThat(SeedGuides.catalogue()).allSatisfy(guide -> {
            assertThat(shipped.versionOf(guide.slug(), guide.fingerprint())).as(guide.slug()).isEmpty();
            assertThat(shipped.versionsBySlug().getOrDefault(guide.slug(), Map.of()).values())
                    .as("older seed versions of " + guide.slug()).allSatisfy(old -> assertThat(old).isLessThan(guide.seedVersion()));
        });
    }

    private static List<ShippedGuide> previousSeeds() throws IOException {
        return SeedHistoryLines.readFolder(PREVIOUS_SEEDS);
    }
}
