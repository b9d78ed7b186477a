package vn.haugiang.digitalhelp.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.haugiang.digitalhelp.admin.guides.GuideChanges;
import vn.haugiang.digitalhelp.admin.unanswered.QuestionLessons;
import vn.haugiang.digitalhelp.admin.unanswered.UnansweredQuestion;
import vn.haugiang.digitalhelp.app.ServiceTest;
import vn.haugiang.digitalhelp.app.SettledResidents;
import vn.haugiang.digitalhelp.bot.area.AreaDirectory;
import vn.haugiang.digitalhelp.bot.chat.TurnOutcome;
import vn.haugiang.digitalhelp.bot.conversation.Conversation;
import vn.haugiang.digitalhelp.bot.interaction.Projector;
import vn.haugiang.digitalhelp.bot.resident.Residents;
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
    @Autowired
    Conversation conversation;
    @Autowired
    Residents residents;
    @Autowired
    AreaDirectory areas;
    @Autowired
    Projector projector;
    @Autowired
    Clock clock;
    @Autowired
    ZoneId zone;

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
    void aHandledQuestionMakesRoomForTheNextOneOnTheUnansweredList() {
        String chat = DashboardQuestions.resident(residents, SettledResidents.firstHamlet(areas, AdminAccounts.COMMUNE_NAME));
        List<String> mine = List.of("máy cày kubota của tui kêu lạch cạch", "giống xoài cát hòa lộc trồng mùa nào");
        mine.forEach(question -> DashboardQuestions.say(conversation, chat, question, TurnOutcome.FALLBACK));
        projector.catchUp();
        YearMonth month = YearMonth.now(clock.withZone(zone));
        List<String> before = lessons.waiting(month, 10_000).stream().map(UnansweredQuestion::question).toList();
        List<Integer> places = mine.stream().map(before::indexOf).sorted().toList();
        assertThat(places).as("both are waiting").doesNotContain(-1);
        String earlier = before.get(places.get(0));
        String later = before.get(places.get(1));

        lessons.markOutOfScope(earlier, "quantri");

        assertThat(lessons.waiting(month, places.get(1)).stream().map(UnansweredQuestion::question))
                .as("the list as long as the later one's place before: it has moved up into it").contains(later)
                .doesNotContain(earlier);
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
