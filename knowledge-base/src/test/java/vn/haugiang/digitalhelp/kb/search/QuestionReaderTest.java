package vn.haugiang.digitalhelp.kb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import vn.haugiang.digitalhelp.kb.search.QuestionReading.Position;
import vn.haugiang.digitalhelp.kb.search.QuestionReading.Reading;
import vn.haugiang.digitalhelp.kb.text.VietnameseText;

class QuestionReaderTest {

    private static final GuideVocabulary VOCABULARY = new GuideVocabulary(List.of(
            Set.of("cài", "đặt", "ứng", "dụng", "hậu", "giang"),
            Set.of("quên", "mật", "khẩu", "vneid", "định", "danh", "mức"),
            Set.of("đăng", "nhập", "dịch", "vụ", "công", "được")));

    private final QuestionReader reader = new QuestionReader(WordLists.shipped());

    private List<List<String>> readingsOf(String question, int position) {
        QuestionReading reading = reader.read(VietnameseText.cleanQuestion(question), VOCABULARY, 40);
        return reading.positions().get(position).readings().stream().map(Reading::syllables).toList();
    }

    @TestFactory
    List<DynamicTest> everyAbbreviationIsReadInAllItsMeanings() {
        return WordLists.shipped().abbreviations().entrySet().stream()
                .map(entry -> DynamicTest.dynamicTest(entry.getKey(), () -> assertExpands(entry)))
                .toList();
    }

    private void assertExpands(Map.Entry<String, List<String>> abbreviation) {
        List<List<String>> readings = readingsOf(abbreviation.getKey(), 0);
        assertThat(readings.get(0)).containsExactly(abbreviation.getKey());
        for (String meaning : abbreviation.getValue()) {
            assertThat(readings).contains(Arrays.asList(meaning.split(" ")));
        }
    }

    @Test
    void ambiguousAbbreviationsKeepEveryReading() {
        assertThat(readingsOf("quen mk", 1)).contains(List.of("mật", "khẩu"), List.of("mình"));
        assertThat(readingsOf("nop hs", 1)).contains(List.of("hồ", "sơ"), List.of("học", "sinh"));
        assertThat(readingsOf("đk tk", 0)).contains(List.of("đăng", "ký"), List.of("được"), List.of("điều", "kiện"));
        assertThat(readingsOf("lam j", 1)).contains(List.of("gì"));
    }

    @Test
    void abbreviationsWithDiacriticsAreTheSameAsWithout() {
        assertThat(readingsOf("đc", 0)).contains(List.of("được"));
        assertThat(readingsOf("sđt", 0)).contains(List.of("số", "điện", "thoại"));
    }

    @Test
    void telexIsDecodedOnlyIntoWordsTheGuidesUse() {
        assertThat(readingsOf("caif ddawtj", 0)).contains(List.of("cài"));
        assertThat(readingsOf("caif ddawtj", 1)).contains(List.of("đặt"));
        assertThat(readingsOf("baanf", 0)).containsExactly(List.of("baanf"));
    }

    @Test
    void aOneLetterTypoIsCorrectedToAGuideWord() {
        assertThat(readingsOf("vnied", 0)).contains(List.of("vneid"));
        assertThat(readingsOf("dnah", 0)).contains(List.of("danh"));
    }

    @Test
    void shortWordsAreNotCorrectedBecauseFoldedSyllablesCollide() {
        assertThat(readingsOf("dau", 0)).containsExactly(List.of("dau"));
    }

    @Test
    void marksFillerWords() {
        QuestionReading reading = reader.read("ad ơi cài app giúp em", VOCABULARY, 40);
        assertThat(reading.positions()).extracting(Position::filler)
                .containsExactly(true, true, false, false, true, true);
    }

    @Test
    void shortensStretchedLettersUnlessTheWordIsKnownAsTyped() {
        assertThat(readingsOf("quênnnn", 0)).contains(List.of("quên"));
        assertThat(readingsOf("cccd", 0)).contains(List.of("căn", "cước", "công", "dân"));
    }

    @Test
    void addsSynonymsOfWordsAndPhrases() {
        QuestionReading reading = reader.read("cài app dịch vụ công", VOCABULARY, 40);
        assertThat(reading.related()).extracting(Reading::syllables)
                .contains(List.of("ứng", "dụng"), List.of("dvc"), List.of("cài", "đặt"));
    }

    @Test
    void readsAtMostTheGivenNumberOfWords() {
        String longQuestion = "cài app ".repeat(5000);
        assertThat(reader.read(longQuestion, VOCABULARY, 40).positions()).hasSize(40);
    }
}
