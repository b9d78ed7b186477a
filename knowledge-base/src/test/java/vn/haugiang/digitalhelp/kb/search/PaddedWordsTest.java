package vn.haugiang.digitalhelp.kb.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Listed phrases are found on whole words; a gap in a phrase stands for up to two words. */
class PaddedWordsTest {

    @Test
    void aPhraseMatchesWholeWordsOnly() {
        PaddedWords question = PaddedWords.of("Hồ sơ của má tui tới đâu?");
        assertThat(question.contains("hồ sơ của má")).isTrue();
        assertThat(question.contains("ho so cua ma")).isTrue();
        assertThat(question.contains("sơ của m")).isFalse();
    }

    @Test
    void aGapStandsForNoneOneOrTwoWords() {
        String phrase = "hồ sơ * của má";
        assertThat(PaddedWords.of("hồ sơ của má tui").contains(phrase)).isTrue();
        assertThat(PaddedWords.of("hồ sơ đất của má tui").contains(phrase)).isTrue();
        assertThat(PaddedWords.of("hồ sơ sổ đỏ của má tui").contains(phrase)).isTrue();
        assertThat(PaddedWords.of("hồ sơ xin cấp sổ đỏ của má tui").contains(phrase)).isFalse();
        assertThat(PaddedWords.of("của má tui hồ sơ").contains(phrase)).isFalse();
    }

    @Test
    void aGapIsTriedAfterEveryPlaceTheFirstPartIsFound() {
        assertThat(PaddedWords.of("hồ sơ này xong chưa, hồ sơ nhà của má tui").contains("hồ sơ * của má")).isTrue();
        assertThat(PaddedWords.of("ho so dat cua ba toi").contains("ho so * cua ba")).isTrue();
    }
}
