package vn.haugiang.digitalhelp.kb.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Listed phrases are found on whole words; a gap in a phrase stands for up to three words. */
class PaddedWordsTest {

    @Test
    void aPhraseMatchesWholeWordsOnly() {
        PaddedWords question = PaddedWords.of("Hồ sơ của má tui tới đâu?");
        assertThat(question.contains("hồ sơ của má")).isTrue();
        assertThat(question.contains("ho so cua ma")).isTrue();
        assertThat(question.contains("sơ của m")).isFalse();
    }

    @Test
    void aGapStandsForUpToThreeWords() {
        String phrase = "hồ sơ * của má";
        assertThat(PaddedWords.of("hồ sơ của má tui").contains(phrase)).isTrue();
        assertThat(PaddedWords.of("hồ sơ đất của má tui").contains(phrase)).isTrue();
        assertThat(PaddedWords.of("hồ sơ sổ đỏ của má tui").contains(phrase)).isTrue();
        assertThat(PaddedWords.of("hồ sơ cấp sổ đỏ của má tui").contains(phrase)).isTrue();
        assertThat(PaddedWords.of("hồ sơ xin cấp sổ đỏ của má tui").contains(phrase)).isFalse();
        assertThat(PaddedWords.of("của má tui hồ sơ").contains(phrase)).isFalse();
    }

    @Test
    void aGapIsTriedAfterEveryPlaceTheFirstPartIsFound() {
        assertThat(PaddedWords.of("hồ sơ này xong chưa, hồ sơ nhà của má tui").contains("hồ sơ * của má")).isTrue();
        assertThat(PaddedWords.of("ho so dat cua ba toi").contains("ho so * cua ba")).isTrue();
    }

    @Test
    void aWordTypedWithVniKeysFoldsToItsLetters() {
        PaddedWords question = PaddedWords.of("gia5 ha5n ba82ng la1i xe o73 d9a6u");
        assertThat(question.contains("gia han bang lai")).isTrue();
        assertThat(question.contains("gia hạn bằng lái")).isFalse();
        assertThat(question.typed()).isEqualTo(" gia5 ha5n ba82ng la1i xe o73 d9a6u ");
        assertThat(PaddedWords.of("gói 4g").folded()).isEqualTo(" goi 4g ");
    }
}
