package vn.haugiang.digitalhelp.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.haugiang.digitalhelp.admin.guides.GuideChanges;
import vn.haugiang.digitalhelp.admin.unanswered.QuestionLessons;
import vn.haugiang.digitalhelp.app.ServiceTest;
import vn.haugiang.digitalhelp.kb.article.Article;
import vn.haugiang.digitalhelp.kb.article.ArticleContent;
import vn.haugiang.digitalhelp.kb.article.ArticleStatus;
import vn.haugiang.digitalhelp.kb.article.ArticleStore;

/**
 * A resident's wording attached to a guide ("Gắn vào bài" on the unanswered questions, "Thêm cách hỏi" on the
 * question test): one rule for both. A guide with an editor's draft gets it in the draft, which is kept.
 */
@ServiceTest
class GuideQuestionsTest {

    private static final String EDITOR = "cachhoi-bientap";

    @Autowired
    GuideChanges changes;
    @Autowired
    QuestionLessons lessons;
    @Autowired
    ArticleStore articles;

    @Test
    void aWordingAttachedToAGuideWithADraftGoesIntoTheDraftAndTheDraftIsKept() {
        ArticleContent live = new ArticleContent("fish-farming", "Nuôi tôm càng xanh (cách hỏi)", List.of("Nuôi tôm càng?"),
                "Bản đang dùng.", List.of());
        Article published = changes.create(null, live, ArticleStatus.PUBLISHED, EDITOR);
        try {
            Article drafted = changes.edit(published.id(), published.version(), new ArticleContent(live.topic(), live.title(),
                    live.questions(), "Bản nháp chưa đăng.", List.of()), ArticleStatus.DRAFT, EDITOR);

            lessons.attach("tom cang xanh nuoi sao", drafted.id(), "quantri");
            lessons.attach("Tôm càng xanh nuôi sao", drafted.id(), "quantri");

            Article now = articles.findById(drafted.id()).orElseThrow();
            assertThat(now.hasDraft()).as("the editor's draft").isTrue();
            assertThat(now.draft().body()).isEqualTo("Bản nháp chưa đăng.");
            assertThat(now.draft().questions()).as("one wording, however it is typed")
                    .containsExactly("Nuôi tôm càng?", "tom cang xanh nuoi sao");
            assertThat(now.body()).isEqualTo("Bản đang dùng.");
            assertThat(now.questions()).containsExactly("Nuôi tôm càng?");
        } finally {
            changes.archive(published.id(), null, EDITOR); // out of the shared service's search again
        }
    }

    @Test
    void aWordingAttachedToAGuideWithoutADraftIsLiveAtOnce() {
        ArticleContent live = new ArticleContent("fish-farming", "Nuôi cua đồng (cách hỏi)", List.of(), "Bản đang dùng.",
                List.of());
        Article published = changes.create(null, live, ArticleStatus.PUBLISHED, EDITOR);
        try {
            lessons.attach("nuoi cua dong the nao", published.id(), "quantri");

            Article now = articles.findById(published.id()).orElseThrow();
            assertThat(now.hasDraft()).isFalse();
            assertThat(now.status()).isEqualTo(ArticleStatus.PUBLISHED);
            assertThat(now.questions()).containsExactly("nuoi cua dong the nao");
        } finally {
            changes.archive(published.id(), null, EDITOR);
        }
    }
}
