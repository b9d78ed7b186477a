package vn.haugiang.digitalhelp.kb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

import vn.haugiang.digitalhelp.kb.eval.LabelledQuestion;
import vn.haugiang.digitalhelp.kb.eval.SeedGuideEvaluation;
import vn.haugiang.digitalhelp.kb.text.VietnameseText;

class GuideRankingTest {

    private static final IndexedGuides GUIDES = IndexedGuides.of(SeedGuideEvaluation.publishedSeedArticles(Instant.EPOCH), List.of());
    private static final int MAX_TERMS = KnowledgeBaseProperties.defaults().maxQueryTerms();

    @Test
    void scoresEveryGuideAsLuceneDoesToTheLastBit() throws IOException {
        List<String> questions = new ArrayList<>(List.of("xyzzy qwertyuiop", "ddawng kys tafi khoarn dichvucong.gov.vn"));
        LabelledQuestion.readTsv(Path.of("src/test/resources/eval/dev.tsv")).forEach(labelled -> questions.add(labelled.question()));
        int compared = 0;
        for (String question : questions) {
            List<GuideQuery.Clause> clauses = GuideQuery.clauses(terms(question), GUIDES);
            List<String> own = scores(GuideRanking.top(clauses, GUIDES, GUIDES.size()));
            assertThat(own).as(question).isEqualTo(scores(GuideRanking.lucene(clauses, GUIDES, GUIDES.size())));
            compared += own.size();
        }
        assertThat(compared).as("guides scored over all questions").isGreaterThan(questions.size());
    }

    @Test
    void keepsTheTopGuidesBestFirstWithTiesToTheGuideIndexedFirst() throws IOException {
        List<GuideQuery.Clause> clauses = GuideQuery.clauses(terms("quên mật khẩu VNeID thì làm sao"), GUIDES);
        ScoreDoc[] every = GuideRanking.top(clauses, GUIDES, GUIDES.size());
        assertThat(every.length).isGreaterThan(3);
        assertThat(scores(GuideRanking.top(clauses, GUIDES, 3))).isEqualTo(scores(Arrays.copyOf(every, 3)));
        for (int i = 1; i < every.length; i++) {
            assertThat(every[i].score < every[i - 1].score
                    || every[i].score == every[i - 1].score && every[i].doc > every[i - 1].doc).isTrue();
        }
    }

    @Test
    void scoresAFieldAsLuceneBm25DoesForEveryEncodedLength() throws IOException {
        BM25Similarity similarity = new BM25Similarity(1.2f, 0.75f);
        CollectionStatistics statistics = new CollectionStatistics("f", 2100, 1987, 123_457, 100_000);
        byte[] norms = new byte[256];
        for (int i = 0; i < norms.length; i++) {
            norms[i] = (byte) i;
        }
        FieldScoring field = new FieldScoring(similarity, statistics, norms);
        for (int docFreq : new int[] {1, 2, 7, 100, 1987}) {
            for (float boost : new float[] {2.0f * 0.5f * 0.21f, 0.5f * 0.27f, 1.5f * 0.9f, 1f, 2f}) {
                TermPostings term = new TermPostings(docFreq, new int[0], new int[0]);
                Similarity.SimScorer lucene = similarity.scorer(boost, statistics,
                        new TermStatistics(new BytesRef("t"), docFreq, 3L * docFreq));
                for (int frequency = 1; frequency <= 5; frequency++) {
                    for (int norm = 0; norm < norms.length; norm++) {
                        assertThat(Float.floatToIntBits(field.score(field.weight(boost, term), norm, frequency)))
                                .isEqualTo(Float.floatToIntBits(lucene.score(frequency, norm)));
                    }
                }
            }
        }
    }

    @Test
    void trustsASumInDoubleOnlyWhileNoOrderCanRoundIt() {
        assertThat(GuideRanking.sumsAreExact(1000.0, 1e-6f)).isTrue();
        // 1f is a whole number of units of 2^-23, and 2^53 units of 2^-23 are 2^30.
        assertThat(GuideRanking.sumsAreExact(0x1p29, 1f)).isTrue();
        assertThat(GuideRanking.sumsAreExact(0x1p30, 1f)).isFalse();
        float tiny = 0x1p-53f;
        assertThat((1.0 + tiny) + tiny).as("an order that rounds").isNotEqualTo(1.0 + (tiny + (double) tiny));
        assertThat(GuideRanking.sumsAreExact(1.0 + 2 * (double) tiny, tiny)).isFalse();
    }

    private static QueryTerms terms(String question) {
        String cleaned = VietnameseText.cleanQuestion(question);
        QuestionReading reading = new QuestionReader(WordLists.shipped())
                .read(QuestionFocus.of(cleaned, WordLists.shipped()::isFiller), GUIDES.vocabulary(), MAX_TERMS);
        return QueryTerms.of(reading, MAX_TERMS);
    }

    private static List<String> scores(ScoreDoc[] top) {
        return Arrays.stream(top).map(hit -> hit.doc + ":" + Float.floatToIntBits(hit.score)).toList();
    }
}
