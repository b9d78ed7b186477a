package vn.haugiang.digitalhelp.kb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import vn.haugiang.digitalhelp.kb.article.TopicCatalogue;
import vn.haugiang.digitalhelp.kb.eval.LabelledQuestion;
import vn.haugiang.digitalhelp.kb.search.ExampleQuestions.ExampleQuestion;
import vn.haugiang.digitalhelp.kb.text.VietnameseText;

/** The shipped examples the topic classifier learns from: labelled right, and never an evaluation question. */
class ExampleQuestionsTest {

    private static final List<ExampleQuestion> EXAMPLES = ExampleQuestions.shipped();

    @Test
    void everyExampleNamesATopicOfTheCatalogue() {
        Set<String> topics = TopicCatalogue.shipped().titlesByKey().keySet();
        assertThat(EXAMPLES).hasSizeGreaterThan(850)
                .allSatisfy(example -> assertThat(topics).as(example.question()).contains(example.topic()));
    }

    @Test
    void everyTopicOfTheCatalogueHasExamplesToLearnFrom() {
        Map<String, Long> perTopic = EXAMPLES.stream()
                .collect(Collectors.groupingBy(ExampleQuestion::topic, Collectors.counting()));
        assertThat(perTopic.keySet()).containsExactlyInAnyOrderElementsOf(TopicCatalogue.shipped().titlesByKey().keySet());
        assertThat(perTopic.values()).allSatisfy(count -> assertThat(count).isGreaterThanOrEqualTo(15));
    }

    /**
     * A question learned from would measure nothing: no example is an evaluation question or nearly one —
     * the same words in another order, one word more, fewer or different, or four in five words shared —
     * however either is typed (without diacritics, with VNI or Telex keys).
     */
    @Test
    void noExampleIsAnEvaluationQuestionOrNearlyOne() {
        List<Words> evaluated = Stream.of("dev.tsv", "heldout.tsv")
                .flatMap(file -> LabelledQuestion.readTsv(Path.of("src/test/resources/eval", file)).stream())
                .map(labelled -> Words.of(labelled.question()))
                .toList();
        assertThat(evaluated).hasSizeGreaterThan(1000);
        List<String> twins = EXAMPLES.stream()
                .filter(example -> {
                    Words words = Words.of(example.question());
                    return evaluated.stream().anyMatch(words::nearlyTheSameAs);
                })
                .map(ExampleQuestion::question)
                .toList();
        assertThat(twins).isEmpty();
    }

    @Test
    void nearTwinsAreFoundHoweverTheyAreTyped() {
        assertThat(Words.of("vneid quên mật khẩu đăng nhập").nearlyTheSameAs(Words.of("que6n ma65t kha63u d9a8ng nha65p vneid"))).isTrue();
        assertThat(Words.of("kichs hoatj vneid").nearlyTheSameAs(Words.of("kích hạot vneid"))).isTrue();
        assertThat(Words.of("làm định danh mức 2 cần mang theo gì").nearlyTheSameAs(Words.of("lam dinh danh muc 2 can mang theo gi ko"))).isTrue();
        assertThat(Words.of("quên mật khẩu vneid").nearlyTheSameAs(Words.of("đăng ký định danh mức 2 ở đâu"))).isFalse();
    }

    /** A question's words in order, sorted, and as a set, for comparing many questions. */
    private record Words(List<String> inOrder, List<String> sorted, Set<String> distinct) {

        static Words of(String question) {
            List<String> words = words(question);
            return new Words(words, words.stream().sorted().toList(), Set.copyOf(words));
        }

        /** The same words in another order, one word more, fewer or different, or four in five words shared. */
        boolean nearlyTheSameAs(Words other) {
            if (sorted.equals(other.sorted)) {
                return true;
            }
            Set<String> common = new HashSet<>(distinct);
            common.retainAll(other.distinct);
            int all = distinct.size() + other.distinct.size() - common.size();
            return all > 0 && (double) common.size() / all >= 0.8
                    || Math.abs(inOrder.size() - other.inOrder.size()) <= 1 && wordEdits(inOrder, other.inOrder) <= 1;
        }
    }

    /** The question's folded words, VNI keys dropped (as the search reads them) and Telex keys undone. */
    private static List<String> words(String question) {
        String folded = PaddedWords.of(VietnameseText.cleanQuestion(question)).folded().strip();
        return folded.isEmpty() ? List.of() : Arrays.stream(folded.split(" ")).map(ExampleQuestionsTest::withoutTelexKeys).toList();
    }

    /** A word typed with Telex keys, as the search decodes it ({@link TelexDecoder}), folded; else the word. */
    private static String withoutTelexKeys(String word) {
        List<String> decoded = TelexDecoder.candidates(word);
        return decoded.isEmpty() ? word : VietnameseText.fold(decoded.get(0));
    }

    /** Words to insert, delete or replace to turn one word list into the other. */
    private static int wordEdits(List<String> a, List<String> b) {
        int[] previous = new int[b.size() + 1];
        for (int j = 0; j <= b.size(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.size(); i++) {
            int[] current = new int[b.size() + 1];
            current[0] = i;
            for (int j = 1; j <= b.size(); j++) {
                int replace = previous[j - 1] + (a.get(i - 1).equals(b.get(j - 1)) ? 0 : 1);
                current[j] = Math.min(replace, Math.min(previous[j], current[j - 1]) + 1);
            }
            previous = current;
        }
        return previous[b.size()];
    }
}
