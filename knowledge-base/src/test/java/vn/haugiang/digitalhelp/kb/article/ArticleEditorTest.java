package vn.haugiang.digitalhelp.kb.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.haugiang.digitalhelp.kb.KnowledgeBaseTest;
import vn.haugiang.digitalhelp.kb.article.ArticleDiff.Change;
import vn.haugiang.digitalhelp.kb.search.GuideSearch;
import vn.haugiang.digitalhelp.kb.search.SearchOutcome;

/** Guide editing on the real store: versions with author, optimistic checks, publish, archive, roll back, diff. */
@KnowledgeBaseTest
class ArticleEditorTest {

    private static final String QUESTION = "Đăng ký nuôi cá tra ở đâu?";

    @Autowired
    ArticleEditor editor;
    @Autowired
    ArticleHistory history;
    @Autowired
    ArticleStore articles;
    @Autowired
    GuideSearch search;

    private static ArticleContent content(String title, String body) {
        return new ArticleContent("fish-farming", title, List.of(QUESTION), body, List.of("thủy sản"));
    }

    @Test
    void everySaveIsANewVersionWithItsAuthor() {
        Article created = editor.create(null, content("Nuôi cá tra", "Dòng một\nDòng hai"), ArticleStatus.DRAFT, "lan");
        Article edited = editor.edit(created.id(), 1, content("Nuôi cá tra", "Dòng một\nDòng ba"), ArticleStatus.DRAFT, "minh");

        assertThat(created.slug()).isEqualTo("nuoi-ca-tra");
        assertThat(edited.version()).isEqualTo(2);
        assertThat(history.versions(created.id(), 0, 10))
                .extracting(ArticleVersion::version, ArticleVersion::savedBy)
                .containsExactly(tuple(2L, "minh"), tuple(1L, "lan"));
    }

    @Test
    void titlesAreReadForTheGuidesThatExistWhateverTheirStatus() {
        Article archived = editor.create(null, content("Cá tra bột", "A"), ArticleStatus.DRAFT, "lan");
        editor.archive(archived.id(), 1, "lan");
        Article draft = editor.create(null, content("Cá tra thịt", "B"), ArticleStatus.DRAFT, "lan");

        assertThat(articles.titlesOf(List.of(archived.id(), draft.id(), "0123456789abcdef01234567", "khong-phai-ma")))
                .containsOnly(entry(archived.id(), "Cá tra bột"), entry(draft.id(), "Cá tra thịt"));
        assertThat(articles.titlesOf(List.of())).isEmpty();
    }

    @Test
    void aSaveOverAnOlderVersionIsRefusedAndChangesNothing() {
        Article created = editor.create(null, content("Cá tra giống", "A"), ArticleStatus.DRAFT, "lan");
        editor.edit(created.id(), 1, content("Cá tra giống", "B"), ArticleStatus.DRAFT, "minh");

        assertThatThrownBy(() -> editor.edit(created.id(), 1, content("Cá tra giống", "C"), ArticleStatus.DRAFT, "lan"))
                .isInstanceOfSatisfying(ArticleVersionConflictException.class,
                        e -> assertThat(e.currentVersion()).isEqualTo(2));
        assertThat(articles.findById(created.id()).orElseThrow().body()).isEqualTo("B");
        assertThat(history.count(created.id())).isEqualTo(2);
    }

    @Test
    void publishingMakesTheGuideSearchableAtOnceAndArchivingRemovesIt() {
        Article draft = editor.create(null, content("Đăng ký nuôi cá tra", "Đến phòng nông nghiệp xã để đăng ký nuôi cá tra."),
                ArticleStatus.DRAFT, "lan");
        assertThat(search.search(QUESTION).hits()).extracting(h -> h.articleId()).doesNotContain(draft.id());

        Article published = editor.publish(draft.id(), 1, "lan");
        assertThat(published.status()).isEqualTo(ArticleStatus.PUBLISHED);
        assertThat(search.search(QUESTION).outcome()).isEqualTo(SearchOutcome.ANSWER);
        assertThat(search.search(QUESTION).top().articleId()).isEqualTo(draft.id());

        editor.archive(draft.id(), 2, "lan");
        assertThat(search.search(QUESTION).hits()).extracting(h -> h.articleId()).doesNotContain(draft.id());
        assertThat(articles.findById(draft.id())).hasValueSatisfying(a -> assertThat(a.status()).isEqualTo(ArticleStatus.ARCHIVED));
    }

    @Test
    void aDraftOfAPublishedGuideStaysBesideTheLiveTextUntilItIsPublished() {
        String question = "Xin giấy phép nuôi ba ba ở đâu?";
        ArticleContent live = new ArticleContent("turtle-farming", "Nuôi ba ba", List.of(question),
                "Nộp hồ sơ tại bộ phận một cửa của xã.", List.of());
        Article published = editor.create(null, live, ArticleStatus.PUBLISHED, "lan");
        ArticleContent rewrite = new ArticleContent("turtle-farming", "Nuôi ba ba (sửa)", List.of(question),
                "Nội dung mới đang soạn.", List.of());

        Article withDraft = editor.edit(published.id(), 1, rewrite, ArticleStatus.DRAFT, "minh");

        assertThat(withDraft.status()).isEqualTo(ArticleStatus.PUBLISHED);
        assertThat(withDraft.content()).isEqualTo(live);
        assertThat(withDraft.editedContent()).isEqualTo(rewrite);
        assertThat(search.search(question).top().articleId()).isEqualTo(published.id());
        assertThat(search.search("Nội dung mới đang soạn").hits()).extracting(h -> h.articleId()).doesNotContain(published.id());
        assertThat(history.find(published.id(), 2)).hasValueSatisfying(v -> {
            assertThat(v.status()).isEqualTo(ArticleStatus.DRAFT);
            assertThat(v.body()).isEqualTo("Nội dung mới đang soạn.");
        });

        Article republished = editor.publish(published.id(), 2, "minh");

        assertThat(republished.hasDraft()).isFalse();
        assertThat(republished.content()).isEqualTo(rewrite);
        assertThat(search.search("Nội dung mới đang soạn").hits()).extracting(h -> h.articleId()).contains(published.id());
    }

    @Test
    void archivingAGuideWithADraftArchivesTheLiveTextAndDropsTheDraft() {
        ArticleContent live = content("Cá lóc", "Bản đang đăng");
        Article published = editor.create(null, live, ArticleStatus.PUBLISHED, "lan");
        editor.edit(published.id(), 1, content("Cá lóc", "Bản nháp"), ArticleStatus.DRAFT, "lan");

        Article archived = editor.archive(published.id(), 2, "lan");

        assertThat(archived.status()).isEqualTo(ArticleStatus.ARCHIVED);
        assertThat(archived.hasDraft()).isFalse();
        assertThat(archived.body()).isEqualTo("Bản đang đăng");
        assertThat(history.find(published.id(), 2)).hasValueSatisfying(v -> assertThat(v.body()).isEqualTo("Bản nháp"));
    }

    @Test
    void rollingBackMakesANewVersionWithTheOldContent() {
        Article created = editor.create(null, content("Cá basa", "Bản đầu"), ArticleStatus.PUBLISHED, "lan");
        editor.edit(created.id(), 1, content("Cá basa (sửa)", "Bản sau"), ArticleStatus.PUBLISHED, "minh");

        Article rolledBack = editor.rollBack(created.id(), 1, 2, "lan");

        assertThat(rolledBack.version()).isEqualTo(3);
        assertThat(rolledBack.title()).isEqualTo("Cá basa");
        assertThat(rolledBack.body()).isEqualTo("Bản đầu");
        assertThat(rolledBack.status()).isEqualTo(ArticleStatus.PUBLISHED);
        assertThat(history.find(created.id(), 3)).hasValueSatisfying(v -> assertThat(v.savedBy()).isEqualTo("lan"));
        assertThatThrownBy(() -> editor.rollBack(created.id(), 9, 3, "lan")).isInstanceOf(ArticleNotFoundException.class);
    }

    @Test
    void theDiffShowsChangedFieldsAndBodyLines() {
        Article created = editor.create(null, content("Cá lóc", "Một\nHai\nBa"), ArticleStatus.DRAFT, "lan");
        editor.edit(created.id(), 1, content("Cá lóc đồng", "Một\nBa\nBốn"), ArticleStatus.PUBLISHED, "minh");

        ArticleDiff diff = ArticleDiff.between(history.find(created.id(), 1).orElseThrow(),
                history.find(created.id(), 2).orElseThrow());

        assertThat(diff.fields()).extracting(ArticleDiff.FieldChange::field).containsExactly("title", "status");
        assertThat(diff.body()).extracting(ArticleDiff.BodyLine::change, ArticleDiff.BodyLine::text).containsExactly(
                tuple(Change.SAME, "Một"),
                tuple(Change.REMOVED, "Hai"),
                tuple(Change.SAME, "Ba"),
                tuple(Change.ADDED, "Bốn"));
    }

    @Test
    void theFirstEditOfASeedGuideKeepsTheSeedVersionInTheHistory() {
        Article seeded = articles.findBySlug("app-report").orElseThrow();

        editor.edit(seeded.id(), seeded.version(), content(seeded.title(), "Mới"), ArticleStatus.PUBLISHED, "lan");

        assertThat(history.versions(seeded.id(), 0, 10)).extracting(ArticleVersion::version, ArticleVersion::savedBy)
                .containsExactly(tuple(2L, "lan"), tuple(1L, "seed"));
        assertThat(history.find(seeded.id(), 1).orElseThrow().body()).isEqualTo(seeded.body());
    }

    @Test
    void aTakenSlugIsRefusedAndAFreeOneIsDerivedFromTheTitle() {
        editor.create(null, content("Tôm càng xanh", "A"), ArticleStatus.DRAFT, "lan");

        Article second = editor.create(null, content("Tôm càng xanh", "B"), ArticleStatus.DRAFT, "lan");

        assertThat(second.slug()).isEqualTo("tom-cang-xanh-2");
        assertThatThrownBy(() -> editor.create("tom-cang-xanh", content("Khác", "C"), ArticleStatus.DRAFT, "lan"))
                .isInstanceOf(SlugTakenException.class);
    }
}
