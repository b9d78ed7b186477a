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

    private QuestionReading read(String question) {
        return reader.read(QuestionFocus.of(VietnameseText.cleanQuestion(question), WordLists.shipped()::isFiller),
                VOCABULARY, 40);
    }

    private List<List<String>> readingsOf(String question, int position) {
        QuestionReading reading = read(question);
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
    void aWordTypedWithItsMarksIsNotCorrected() {
        assertThat(readingsOf("mật khẩy", 1)).containsExactly(List.of("khẩy"));
        assertThat(readingsOf("mat khay", 1)).contains(List.of("khau"));
    }

    @Test
    void shortWordsAreNotCorrectedBecauseFoldedSyllablesCollide() {
        assertThat(readingsOf("dau", 0)).containsExactly(List.of("dau"));
    }

    @Test
    void marksFillerWords() {
        QuestionReading reading = read("ad ơi cài app giúp em");
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
        QuestionReading reading = read("cài app dịch vụ công");
        assertThat(reading.related()).extracting(Reading::syllables)
                .contains(List.of("ứng", "dụng"), List.of("dvc"), List.of("cài", "đặt"));
    }

    @Test
    void readsAtMostTheGivenNumberOfWords() {
        String longQuestion = "cài app ".repeat(5000);
        assertThat(read(longQuestion).positions()).hasSize(40);
    }

    @Test
    void vniIsDecodedOnlyIntoWordsTheGuidesUse() {
        assertThat(readingsOf("d9i5nh danh", 0)).contains(List.of("định"));
        assertThat(readingsOf("ca2i d9a85t", 0)).contains(List.of("cài"));
        assertThat(readingsOf("ca2i d9a85t", 1)).contains(List.of("đặt"));
        assertThat(readingsOf("ba62n", 0)).containsExactly(List.of("ba62n"));
    }

    @Test
    void southernWordsAreReadAsTheGuidesSayThem() {
        assertThat(readingsOf("vô vneid", 0)).contains(List.of("vào"));
        assertThat(readingsOf("mần định danh", 0)).contains(List.of("làm"));
        assertThat(readingsOf("coi hồ sơ", 0)).contains(List.of("xem"));
        assertThat(readingsOf("được hông", 1)).contains(List.of("không"));
    }

    @Test
    void aColloquialPhraseAddsItsReadingToEachOfItsWords() {
        assertThat(readingsOf("tui xài ai phôn", 2)).contains(List.of("iphone"));
        assertThat(readingsOf("tui xài ai phôn", 3)).contains(List.of("iphone"));
    }

    @Test
    void addressingTheBotAsAChildOrGrandchildIsFiller() {
        QuestionReading reading = read("bé ơi chỉ cô mần định danh nhen");
        assertThat(reading.positions()).extracting(Position::typed, Position::filler).contains(
                org.assertj.core.groups.Tuple.tuple("bé", true), org.assertj.core.groups.Tuple.tuple("cô", true),
                org.assertj.core.groups.Tuple.tuple("nhen", true), org.assertj.core.groups.Tuple.tuple("định", false));
    }

    @Test
    void aLongMessageIsReadAroundItsQuestionWithTheRestAsContext() {
        QuestionReading reading = read("Chào ad. Nhà tui ở Vị Thủy. Quên mật khẩu VNeID thì sao? Còn passcode thì sao?");
        List<Position> positions = reading.positions();
        assertThat(positions.get(0).typed()).isEqualTo("quên");
        assertThat(positions).filteredOn(p -> !p.filler()).extracting(Position::typed)
                .containsExactly("quên", "mật", "khẩu", "vneid", "sao");
        assertThat(positions).extracting(Position::typed).contains("thủy", "passcode").doesNotContain("chào");
        Position context = positions.stream().filter(p -> p.typed().equals("passcode")).findFirst().orElseThrow();
        assertThat(context.readings().get(0).weight()).isLessThan(QuestionReader.TYPED);
    }
}
