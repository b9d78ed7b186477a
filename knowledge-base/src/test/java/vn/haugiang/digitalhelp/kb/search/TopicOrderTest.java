package vn.haugiang.digitalhelp.kb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.haugiang.digitalhelp.kb.article.Article;
import vn.haugiang.digitalhelp.kb.eval.SeedGuideEvaluation;

/** The topic classifier puts first the guide of the topic asked about, not the one sharing the most words. */
class TopicOrderTest {

    /** Asks what a dossier's status means; the supplement guide shares more of its words. */
    private static final String STATUS_QUESTION = "trạng thái hồ sơ ghi yêu cầu bổ sung là sao";

    private static final List<Article> SEED = SeedGuideEvaluation.publishedSeedArticles(Instant.now());

    @Test
    void theTopicAskedAboutComesFirstThoughAnotherGuideSharesMoreWords() {
        GuideIndex index = new GuideIndex();
        GuideSearch search = new GuideSearch(index, KnowledgeBaseProperties.defaults());
        index.replaceWith(SEED);

        assertStatusGuideFirst(search.searchUncached(STATUS_QUESTION));
    }

    @Test
    void aSearchMadeAfterTheIndexWasBuiltLearnsTheTopicsToo() {
        GuideIndex index = new GuideIndex();
        index.replaceWith(SEED);
        long builds = index.builds();

        GuideSearch search = new GuideSearch(index, KnowledgeBaseProperties.defaults());

        assertThat(index.builds()).isEqualTo(builds + 1);
        assertStatusGuideFirst(search.searchUncached(STATUS_QUESTION));
    }

    private static void assertStatusGuideFirst(SearchResult result) {
        assertThat(result.top().topic()).isEqualTo("dossier-status");
        GuideHit supplement = result.hits().stream().filter(hit -> hit.topic().equals("dossier-supplement"))
                .findFirst().orElseThrow();
        assertThat(supplement.score()).as("word matching alone would put the supplement guide first")
                .isGreaterThan(result.top().score());
    }
}
