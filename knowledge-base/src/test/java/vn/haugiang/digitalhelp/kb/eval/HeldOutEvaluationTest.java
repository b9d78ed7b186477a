package vn.haugiang.digitalhelp.kb.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Predicate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.haugiang.digitalhelp.kb.search.KnowledgeBaseProperties;
import vn.haugiang.digitalhelp.kb.text.VietnameseText;

/**
 * Search quality is a correctness property: on the held-out questions (never used for tuning) the
 * bot's search must reach the targets and beat an out-of-the-box search engine. Timings are measured
 * by the eval command and the benchmark, never asserted here.
 */
class HeldOutEvaluationTest {

    private static final Path HELD_OUT = Path.of("src/test/resources/eval/heldout.tsv");

    private static List<LabelledQuestion> questions;
    private static SeedGuideEvaluation evaluation;
    private static EvaluationReport ours;
    private static EvaluationReport baseline;

    @BeforeAll
    static void evaluateHeldOutSet() {
        questions = LabelledQuestion.readTsv(HELD_OUT);
        evaluation = new SeedGuideEvaluation(KnowledgeBaseProperties.defaults(), Clock.systemUTC());
        ours = evaluation.score(questions);
        baseline = evaluation.scoreBaseline(questions);
    }

    @Test
    void heldOutSetIsLargeEnoughToMeanSomething() {
        assertThat(ours.inScope()).isGreaterThanOrEqualTo(100);
        assertThat(ours.questions() - ours.inScope()).isGreaterThanOrEqualTo(20);
    }

    @Test
    void findsTheRightGuideFirstOrAmongTheFirstThree() {
        assertThat(ours.recallAt1()).isGreaterThanOrEqualTo(0.95);
        assertThat(ours.recallAt3()).isGreaterThanOrEqualTo(0.97);
    }

    @Test
    void answersOutrightOnlyWhenItIsRight() {
        assertThat(ours.answerAccuracy()).isGreaterThanOrEqualTo(0.85);
        assertThat(ours.wrongAnswerRate()).isLessThanOrEqualTo(0.03);
    }

    @Test
    void doesNotAnswerQuestionsNoGuideCovers() {
        assertThat(ours.outOfScopeAnswered()).isLessThanOrEqualTo(0.05);
    }

    @Test
    void everyClassOfHardQuestionHasItsOwnRowsAndNoneIsAnsweredWhenItMustNotBe() {
        for (String slice : List.of("vni", "southern", "long")) {
            List<LabelledQuestion> rows = questions.stream().filter(q -> q.slice().equals(slice)).toList();
            assertThat(rows).as(slice).hasSizeGreaterThanOrEqualTo(10);
            assertThat(evaluation.score(rows).recallAt1()).as(slice).isGreaterThanOrEqualTo(0.9);
        }
        for (String slice : List.of("near-miss", "do-it-for-me", "others-dossier")) {
            List<LabelledQuestion> rows = questions.stream().filter(q -> q.slice().equals(slice)).toList();
            assertThat(rows).as(slice).hasSizeGreaterThanOrEqualTo(4).noneMatch(LabelledQuestion::inScope);
            assertThat(evaluation.score(rows).outOfScopeAnswered()).as(slice).isLessThanOrEqualTo(0.1);
        }
    }

    @Test
    void isAtLeastAsGoodAsAnOutOfTheBoxSearchEngineOnEveryFigure() {
        assertThat(ours.recallAt1()).isGreaterThanOrEqualTo(baseline.recallAt1());
        assertThat(ours.recallAt3()).isGreaterThanOrEqualTo(baseline.recallAt3());
        assertThat(ours.mrr()).isGreaterThanOrEqualTo(baseline.mrr());
        assertThat(ours.answerAccuracy()).isGreaterThanOrEqualTo(baseline.answerAccuracy());
        assertThat(ours.wrongAnswerRate()).isLessThanOrEqualTo(baseline.wrongAnswerRate());
        assertThat(ours.outOfScopeAnswered()).isLessThanOrEqualTo(baseline.outOfScopeAnswered());
    }

    @Test
    void isClearlyBetterOnQuestionsTypedWithoutDiacritics() {
        assertClearlyBetterOn(q -> !VietnameseText.hasDiacritics(q.question()));
    }

    @Test
    void isClearlyBetterOnQuestionsWithAbbreviations() {
        assertClearlyBetterOn(SeedGuideEvaluation::abbreviated);
    }

    private void assertClearlyBetterOn(Predicate<LabelledQuestion> slice) {
        List<LabelledQuestion> rows = questions.stream().filter(LabelledQuestion::inScope).filter(slice).toList();
        assertThat(rows).hasSizeGreaterThanOrEqualTo(30);
        double oursAt1 = evaluation.score(rows).recallAt1();
        double baselineAt1 = evaluation.scoreBaseline(rows).recallAt1();
        assertThat(oursAt1).isGreaterThanOrEqualTo(baselineAt1 + 0.15);
    }
}
