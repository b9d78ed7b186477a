package vn.haugiang.digitalhelp.kb.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import vn.haugiang.digitalhelp.kb.GuideBaseStartup;
import vn.haugiang.digitalhelp.kb.KnowledgeBaseTest;
import vn.haugiang.digitalhelp.kb.article.Article;
import vn.haugiang.digitalhelp.kb.article.ArticleContent;
import vn.haugiang.digitalhelp.kb.article.ArticleStatus;
import vn.haugiang.digitalhelp.kb.article.ArticleStore;
import vn.haugiang.digitalhelp.kb.search.GuideSearch;

/** Seeding fills an empty guide base and never overwrites what an admin changed. Each test starts on a fresh database. */
@KnowledgeBaseTest(freshForEachTest = true)
class SeedingTest {

    @Autowired
    SeedGuides seeds;
    @Autowired
    ArticleStore articles;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    GuideBaseStartup startup;
    @Autowired
    GuideSearch search;

    @Test
    void startingOnAnEmptyDatabaseInsertsEverySeedGuideExactlyOnce() {
        List<String> slugs = SeedGuides.shipped().stream().map(GuideFile::slug).toList();

        assertThat(seeds.load().inserted()).as("guides inserted by a second seeding").isZero();

        List<Article> stored = mongo.findAll(Article.class);
        assertThat(stored).extracting(Article::slug).containsExactlyInAnyOrderElementsOf(slugs);
        assertThat(stored).allSatisfy(article -> {
            assertThat(article.version()).isEqualTo(1);
            assertThat(article.updatedBy()).isEqualTo("seed");
            assertThat(article.isPublished()).isTrue();
        });
    }

    @Test
    void seedingAgainAfterAnAdminEditKeepsTheEdit() {
        Article seeded = articles.findBySlug("app-report").orElseThrow();
        ArticleContent edited = new ArticleContent(seeded.topic(), "Phản ánh hiện trường (bản admin sửa)",
                List.of("Gửi phản ánh ở đâu?"), "Nội dung do admin viết lại.", List.of("phản ánh"));
        articles.update(seeded.id(), seeded.version(), edited, ArticleStatus.PUBLISHED, "admin").orElseThrow();
        long before = mongo.count(new Query(), Article.class);

        assertThat(seeds.load().inserted()).isZero();
        startup.afterSingletonsInstantiated(); // as on the next start of the service

        Article after = articles.findBySlug("app-report").orElseThrow();
        assertThat(after.title()).isEqualTo("Phản ánh hiện trường (bản admin sửa)");
        assertThat(after.body()).isEqualTo("Nội dung do admin viết lại.");
        assertThat(after.questions()).containsExactly("Gửi phản ánh ở đâu?");
        assertThat(after.version()).isEqualTo(2);
        assertThat(after.updatedBy()).isEqualTo("admin");
        assertThat(mongo.count(new Query(), Article.class)).isEqualTo(before);
        assertThat(search.search("bản admin sửa phản ánh hiện trường").top().title())
                .isEqualTo("Phản ánh hiện trường (bản admin sửa)");
    }
}
