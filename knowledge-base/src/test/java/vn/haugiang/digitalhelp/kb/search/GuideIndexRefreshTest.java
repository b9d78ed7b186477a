package vn.haugiang.digitalhelp.kb.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import vn.haugiang.digitalhelp.kb.KnowledgeBaseTest;
import vn.haugiang.digitalhelp.kb.article.Article;
import vn.haugiang.digitalhelp.kb.article.ArticleContent;
import vn.haugiang.digitalhelp.kb.article.ArticleStatus;
import vn.haugiang.digitalhelp.kb.article.ArticleStore;

/**
 * The search index follows the guide base: at once after an edit made through this instance, at the
 * next revision poll after an edit made by another instance, and a cached result never hides an edit.
 * Each test edits its own seed guide with its own made-up word, so the tests do not depend on each other.
 */
@KnowledgeBaseTest
class GuideIndexRefreshTest {

    @Autowired
    ArticleStore articles;
    @Autowired
    GuideSearch search;
    @Autowired
    GuideIndex index;
    @Autowired
    GuideIndexRefresher refresher;
    @Autowired
    MongoTemplate mongo;

    @Test
    void anEditSavedThroughTheStoreIsSearchableAtOnce() {
        Article article = articles.findBySlug("e-wallet").orElseThrow();

        edit(article, "Zzyzx kiểm thử ví điện tử", "zzyzx kiểm thử là gì");

        SearchResult result = search.search("zzyzx kiểm thử");
        assertThat(result.top()).isNotNull();
        assertThat(result.top().articleId()).isEqualTo(article.id());
        assertThat(result.top().title()).isEqualTo("Zzyzx kiểm thử ví điện tử");
        assertThat(index.publishedArticle(article.id()).orElseThrow().title()).isEqualTo("Zzyzx kiểm thử ví điện tử");
    }

    @Test
    void aCachedResultIsNotReturnedAfterTheGuideChanged() {
        Article article = articles.findBySlug("dossier-scan").orElseThrow();
        SearchResult before = search.search("Quyxvop kiểm thử");
        assertThat(search.search("Quyxvop kiểm thử")).as("asked twice: now cached").isEqualTo(before);
        assertThat(before.hits()).extracting(GuideHit::title).doesNotContain("Quyxvop kiểm thử chụp giấy tờ");

        edit(article, "Quyxvop kiểm thử chụp giấy tờ", "quyxvop kiểm thử");

        SearchResult after = search.search("Quyxvop kiểm thử");
        assertThat(after.top()).isNotNull();
        assertThat(after.top().articleId()).isEqualTo(article.id());
        assertThat(after.top().title()).isEqualTo("Quyxvop kiểm thử chụp giấy tờ");
    }

    @Test
    void aGuideArchivedThroughTheStoreDisappearsFromSearchAtOnce() {
        Article article = articles.findBySlug("no-smartphone").orElseThrow();
        Article renamed = edit(article, "Plonkwi kiểm thử không có điện thoại", "plonkwi kiểm thử");
        assertThat(search.search("plonkwi kiểm thử").top().articleId()).isEqualTo(article.id());

        articles.update(renamed.id(), renamed.version(), content(renamed), ArticleStatus.ARCHIVED, "admin")
                .orElseThrow();

        assertThat(search.search("plonkwi kiểm thử").hits()).extracting(GuideHit::articleId).doesNotContain(article.id());
        assertThat(index.publishedArticle(article.id())).isEmpty();
    }

    @Test
    void aChangeWrittenByAnotherInstanceIsPickedUpByTheRevisionPoll() {
        Article article = articles.findBySlug("online-safety").orElseThrow();
        SearchResult cached = search.search("xembrat kiểm thử");
        assertThat(cached.hits()).extracting(GuideHit::title).doesNotContain("Xembrat kiểm thử lừa đảo");

        writeAsAnotherInstance(article, "Xembrat kiểm thử lừa đảo", "xembrat kiểm thử", Instant.now());
        refresher.pollForOtherInstancesChanges();

        SearchResult result = search.search("xembrat kiểm thử");
        assertThat(result.top()).isNotNull();
        assertThat(result.top().articleId()).isEqualTo(article.id());
        assertThat(result.top().title()).isEqualTo("Xembrat kiểm thử lừa đảo");
    }

    @Test
    void aChangeByAnotherInstanceWhoseClockIsBehindIsStillPickedUp() {
        Article article = articles.findBySlug("dossier-result").orElseThrow();
        assertThat(search.search("vorpquill kiểm thử").hits()).extracting(GuideHit::title)
                .doesNotContain("Vorpquill kiểm thử nhận kết quả");

        // The other instance's clock runs a minute behind: its save time is older than the newest save.
        writeAsAnotherInstance(article, "Vorpquill kiểm thử nhận kết quả", "vorpquill kiểm thử",
                Instant.now().minus(Duration.ofMinutes(1)));
        refresher.pollForOtherInstancesChanges();

        SearchResult result = search.search("vorpquill kiểm thử");
        assertThat(result.top()).isNotNull();
        assertThat(result.top().articleId()).isEqualTo(article.id());
        assertThat(result.top().title()).isEqualTo("Vorpquill kiểm thử nhận kết quả");
    }

    @Test
    void aSeriesOfSavesIsIndexedOnceAtItsEndAndThenSearchable() {
        Article first = articles.findBySlug("app-install-ios").orElseThrow();
        Article second = articles.findBySlug("app-install-android").orElseThrow();
        long before = index.builds();

        refresher.inOneRefresh(() -> {
            edit(first, "Snarfblat kiểm thử iPhone", "snarfblat kiểm thử");
            edit(second, "Snarfblat kiểm thử Android", "snarfblat kiểm thử android");
            assertThat(index.builds()).as("no build while the series runs").isEqualTo(before);
            return null;
        });

        assertThat(index.builds()).as("one build for the whole series").isEqualTo(before + 1);
        assertThat(search.search("snarfblat kiểm thử android").top().articleId()).isEqualTo(second.id());
    }

    @Test
    void aSeriesThatFailsPartWayStillIndexesWhatItSaved() {
        Article article = articles.findBySlug("portal-provincial").orElseThrow();
        long before = index.builds();

        assertThatThrownBy(() -> refresher.inOneRefresh(() -> {
            edit(article, "Grulmox kiểm thử cổng tỉnh", "grulmox kiểm thử");
            throw new IllegalStateException("the second guide of the import could not be saved");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(index.builds()).isEqualTo(before + 1);
        assertThat(search.search("grulmox kiểm thử").top().articleId()).isEqualTo(article.id());
    }

    @Test
    void aSeriesWithoutSavesBuildsNothing() {
        long before = index.builds();

        assertThat(refresher.inOneRefresh(() -> articles.findBySlug("e-wallet").isPresent())).isTrue();

        assertThat(index.builds()).isEqualTo(before);
    }

    private Article edit(Article article, String title, String question) {
        ArticleContent content = new ArticleContent(article.topic(), title, List.of(question), article.body(),
                article.tags());
        return articles.update(article.id(), article.version(), content, ArticleStatus.PUBLISHED, "admin")
                .orElseThrow();
    }

    /** The same edit another service instance sharing the database would make, bypassing this one. */
    private void writeAsAnotherInstance(Article article, String title, String question, Instant savedAt) {
        Query current = Query.query(Criteria.where("_id").is(article.id()).and("version").is(article.version()));
        Update edit = new Update()
                .set("title", title)
                .set("questions", List.of(question))
                .set("updatedAt", Date.from(savedAt))
                .set("updatedBy", "other-instance")
                .inc("version", 1);
        assertThat(mongo.updateFirst(current, edit, "articles").getModifiedCount()).isEqualTo(1);
    }

    private static ArticleContent content(Article article) {
        return new ArticleContent(article.topic(), article.title(), article.questions(), article.body(), article.tags());
    }
}
