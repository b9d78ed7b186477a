package vn.haugiang.digitalhelp.kb.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The naive Bayes classifier that decides which topic a question asks about. */
class TopicClassifierTest {

    private static final TopicClassifier CLASSIFIER = TopicClassifier.train(List.of(
            example("vneid-forgot-password", "quen mat khau vneid"),
            example("vneid-forgot-password", "lay lai mat khau dinh danh"),
            example("account-takeover", "zalo bi chiem lay lai sao"),
            example("account-takeover", "facebook bi hack mat khau"),
            example("dossier-status", "tra cuu trang thai ho so")));

    @Test
    void theTopicWhoseExamplesShareTheQuestionsWordsIsTheLikeliest() {
        TopicClassifier.Likelihoods zalo = CLASSIFIER.likelihoods(terms("quen mat khau zalo bi chiem"));
        assertThat(zalo.of("account-takeover")).isGreaterThan(zalo.of("vneid-forgot-password"))
                .isGreaterThan(zalo.of("dossier-status"));
        TopicClassifier.Likelihoods vneid = CLASSIFIER.likelihoods(terms("quen mat khau vneid"));
        assertThat(vneid.of("vneid-forgot-password")).isGreaterThan(0.9);
        assertThat(vneid.bestExcept("vneid-forgot-password")).isEqualTo(vneid.of("account-takeover"));
    }

    @Test
    void theProbabilitiesAddUpToOne() {
        TopicClassifier.Likelihoods likelihoods = CLASSIFIER.likelihoods(terms("trang thai ho so vneid"));
        double sum = Arrays.stream(new String[] {"vneid-forgot-password", "account-takeover", "dossier-status"})
                .mapToDouble(likelihoods::of).sum();
        assertThat(sum).isCloseTo(1, within(1e-9));
    }

    @Test
    void aQuestionWithNoLearnedWordLeavesEveryTopicAlike() {
        TopicClassifier.Likelihoods none = CLASSIFIER.likelihoods(terms("gia vang hom nay"));
        assertThat(none.of("account-takeover")).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(none.of("dossier-status")).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(none.of("a-topic-never-taught")).isZero();
    }

    @Test
    void withFewerThanTwoTopicsThereIsNothingToDecide() {
        assertThat(TopicClassifier.train(List.of())).isNull();
        assertThat(TopicClassifier.train(List.of(example("dossier-status", "tra cuu ho so"),
                example("dossier-status", "ho so toi dau roi")))).isNull();
    }

    @Test
    void examplesWithoutAnyWordTeachNothing() {
        TopicClassifier.Example empty = new TopicClassifier.Example(new QueryTerms(Map.of(), Map.of(), Map.of()), "a");
        TopicClassifier.Example alsoEmpty = new TopicClassifier.Example(new QueryTerms(Map.of(), Map.of(), Map.of()), "b");
        assertThat(TopicClassifier.train(List.of(empty, alsoEmpty))).isNull();
    }

    @Test
    void aWordReadWithLessWeightCountsForLess() {
        TopicClassifier.Likelihoods typed = CLASSIFIER.likelihoods(weighted("zalo", 1f, "vneid", 1f));
        TopicClassifier.Likelihoods corrected = CLASSIFIER.likelihoods(weighted("zalo", 1f, "vneid", 0.3f));
        assertThat(corrected.of("account-takeover")).isGreaterThan(typed.of("account-takeover"));
    }

    private static QueryTerms weighted(String first, float firstWeight, String second, float secondWeight) {
        return new QueryTerms(Map.of(), Map.of(first, firstWeight, second, secondWeight), Map.of());
    }

    private static TopicClassifier.Example example(String topic, String question) {
        return new TopicClassifier.Example(terms(question), topic);
    }

    /** A question's words and pairs, each read once at full weight. */
    private static QueryTerms terms(String question) {
        String[] words = question.split(" ");
        Map<String, Float> folded = new HashMap<>();
        Map<String, Float> pairs = new HashMap<>();
        for (int i = 0; i < words.length; i++) {
            folded.put(words[i], 1f);
            if (i > 0) {
                pairs.put(words[i - 1] + " " + words[i], 1f);
            }
        }
        return new QueryTerms(Map.of(), folded, pairs);
    }
}
