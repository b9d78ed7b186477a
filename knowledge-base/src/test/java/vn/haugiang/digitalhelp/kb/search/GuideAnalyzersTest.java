package vn.haugiang.digitalhelp.kb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

class GuideAnalyzersTest {

    private static List<String> tokens(Analyzer analyzer, String text) {
        return QueryTerms.analyse(analyzer, text, 1000, false);
    }

    @Test
    void accentedFieldKeepsSyllablesWithTheirDiacritics() {
        assertThat(tokens(new GuideAnalyzers.Accented(), "Cài đặt Ứng dụng")).containsExactly("cài", "đặt", "ứng", "dụng");
    }

    @Test
    void foldedFieldDropsDiacritics() {
        assertThat(tokens(new GuideAnalyzers.Folded(), "Cài đặt Ứng dụng")).containsExactly("cai", "dat", "ung", "dung");
    }

    @Test
    void bigramFieldPairsNeighbouringFoldedSyllables() {
        assertThat(tokens(new GuideAnalyzers.FoldedBigrams(), "Cài đặt ứng dụng"))
                .containsExactly("cai dat", "dat ung", "ung dung");
    }

    @Test
    void decomposedTextGivesTheSameTokens() {
        String decomposed = Normalizer.normalize("Định danh điện tử", Normalizer.Form.NFD);
        assertThat(tokens(new GuideAnalyzers.Folded(), decomposed)).containsExactly("dinh", "danh", "dien", "tu");
        assertThat(tokens(new GuideAnalyzers.Accented(), decomposed)).containsExactly("định", "danh", "điện", "tử");
    }

    @Test
    void keepsQuestionWordsThatCarryIntent() {
        assertThat(tokens(new GuideAnalyzers.Accented(), "ở đâu bao nhiêu không"))
                .containsExactly("ở", "đâu", "bao", "nhiêu", "không");
    }

    @Test
    void readsAWebAddressAsItsWords() {
        assertThat(tokens(new GuideAnalyzers.Folded(), "vào dichvucong.gov.vn"))
                .containsExactly("vao", "dichvucong", "gov", "vn");
    }

    @Test
    void turnsADotIntoASpaceOnlyBetweenTwoLetters() {
        assertThat(GuideAnalyzers.dotsBetweenLettersAsSpaces("vneid.gov.vn, bước 2.5. Xong.Rồi .a a. 𝐀.𝐁"))
                .isEqualTo("vneid gov vn, bước 2.5. Xong Rồi .a a. 𝐀 𝐁");
        assertThat(GuideAnalyzers.dotsBetweenLettersAsSpaces(".")).isEqualTo(".");
        assertThat(GuideAnalyzers.dotsBetweenLettersAsSpaces("")).isEmpty();
    }
}
