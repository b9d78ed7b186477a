package vn.haugiang.digitalhelp.kb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import vn.haugiang.digitalhelp.kb.eval.LabelledQuestion;
import vn.haugiang.digitalhelp.kb.text.VietnameseText;

/** The phrases filed by first word are found exactly where {@link PaddedWords#contains} finds each one. */
class PhraseIndexTest {

    @Test
    void findsPhrasesByTheirRuleOfDiacriticsAndGaps() {
        PhraseIndex index = new PhraseIndex(List.of("hồ sơ * của má", "ho so", "hồ sơ đất", "nộp giùm", "nop dum",
                "của", "má tui tới"));

        assertThat(index.foundIn(PaddedWords.of("hồ sơ này xong chưa, hồ sơ nhà của má tui tới đâu")))
                .containsExactlyInAnyOrder("hồ sơ * của má", "ho so", "của", "má tui tới");
        assertThat(index.foundIn(PaddedWords.of("ho so dat cua ma nop dum")))
                .containsExactlyInAnyOrder("ho so", "nop dum");
        assertThat(index.foundIn(PaddedWords.of("hồ sơ xin cấp sổ đỏ của má"))).containsExactlyInAnyOrder("ho so", "của");
        assertThat(index.foundIn(PaddedWords.of("ma tui toi nộp"))).isEmpty();
        assertThat(index.foundIn(PaddedWords.of(""))).isEmpty();
    }

    @Test
    void findsInEveryListedQuestionWhatEachPhraseFindsAlone() throws IOException {
        List<String> phrases = Stream.concat(declinePhrases(), neighbourPhrases()).distinct().toList();
        PhraseIndex index = new PhraseIndex(phrases);
        List<String> questions = Stream.concat(
                LabelledQuestion.readTsv(Path.of("src/test/resources/eval/dev.tsv")).stream().map(LabelledQuestion::question),
                ExampleQuestions.shipped().stream().map(ExampleQuestions.ExampleQuestion::question)).toList();
        assertThat(phrases).hasSizeGreaterThan(300);
        assertThat(questions).hasSizeGreaterThan(1000);

        long withAPhrase = 0;
        for (String question : questions) {
            PaddedWords words = PaddedWords.of(VietnameseText.cleanQuestion(question));
            List<String> alone = phrases.stream().filter(words::contains).toList();
            assertThat(index.foundIn(words)).as(question).containsExactlyInAnyOrderElementsOf(alone);
            withAPhrase += alone.isEmpty() ? 0 : 1;
        }
        assertThat(withAPhrase).as("questions with a listed phrase").isGreaterThan(100);
    }

    @Test
    void everyListedPhraseIsWrittenAsAQuestionIsReadIntoWords() throws IOException {
        List<String> unreadable = Stream.concat(declinePhrases(), neighbourPhrases())
                .filter(phrase -> Arrays.stream(phrase.split(" \\* "))
                        .anyMatch(part -> !PaddedWords.typedWords(part).equals(part)))
                .toList();
        assertThat(unreadable).as("phrases with a character a question's words never have ('wi-fi' is read 'wi fi')")
                .isEmpty();
    }

    private static Stream<String> declinePhrases() throws IOException {
        return lines("search/not-for-guides.txt").filter(line -> !line.startsWith("["));
    }

    private static Stream<String> neighbourPhrases() throws IOException {
        return lines("search/neighbours.txt").flatMap(line -> Arrays.stream(line.split("\\|")[2].split(",")))
                .map(String::strip);
    }

    private static Stream<String> lines(String resource) throws IOException {
        try (InputStream in = PhraseIndexTest.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).map(VietnameseText::normalise).toList()
                    .stream();
        }
    }
}
