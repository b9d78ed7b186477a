package vn.haugiang.digitalhelp.kb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import vn.haugiang.digitalhelp.kb.article.TopicCatalogue;
import vn.haugiang.digitalhelp.kb.eval.LabelledQuestion;
import vn.haugiang.digitalhelp.kb.search.ExampleQuestions.ExampleQuestion;

/** The shipped examples the topic classifier learns from: labelled right, and never an evaluation question. */
class ExampleQuestionsTest {

    private static final List<ExampleQuestion> EXAMPLES = ExampleQuestions.shipped();

    @Test
    void everyExampleNamesATopicOfTheCatalogue() {
        Set<String> topics = TopicCatalogue.shipped().titlesByKey().keySet();
        assertThat(EXAMPLES).hasSizeGreaterThan(900)
                .allSatisfy(example -> assertThat(topics).as(example.question()).contains(example.topic()));
    }

    @Test
    void everyTopicOfTheCatalogueHasExamplesToLearnFrom() {
        Map<String, Long> perTopic = EXAMPLES.stream()
                .collect(Collectors.groupingBy(ExampleQuestion::topic, Collectors.counting()));
        assertThat(perTopic.keySet()).containsExactlyInAnyOrderElementsOf(TopicCatalogue.shipped().titlesByKey().keySet());
        assertThat(perTopic.values()).allSatisfy(count -> assertThat(count).isGreaterThanOrEqualTo(20));
    }

    /** A question learned from would measure nothing: the evaluation files and the examples share none. */
    @Test
    void noExampleIsAQuestionOfAnEvaluationFile() {
        Function<String, String> words = question -> PaddedWords.of(question).folded().strip();
        Set<String> evaluated = Stream.of("dev.tsv", "heldout.tsv")
                .flatMap(file -> LabelledQuestion.readTsv(Path.of("src/test/resources/eval", file)).stream())
                .map(labelled -> words.apply(labelled.question()))
                .collect(Collectors.toSet());
        assertThat(evaluated).hasSizeGreaterThan(1000);
        assertThat(EXAMPLES.stream().map(ExampleQuestion::question).filter(question -> evaluated.contains(words.apply(question))))
                .isEmpty();
    }
}
