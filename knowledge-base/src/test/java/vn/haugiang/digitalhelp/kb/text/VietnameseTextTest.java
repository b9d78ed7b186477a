package vn.haugiang.digitalhelp.kb.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;

class VietnameseTextTest {

    @Test
    void foldsEveryVietnameseLetterIncludingDStroke() {
        assertThat(VietnameseText.fold("Định danh điện tử mức 2")).isEqualTo("dinh danh dien tu muc 2");
        assertThat(VietnameseText.fold("ĂÂÊÔƠƯĐ ăâêôơưđ ỹỵỷ")).isEqualTo("aaeooud aaeooud yyy");
    }

    @Test
    void decomposedAndComposedInputAreTheSame() {
        String composed = "Cài đặt ứng dụng Hậu Giang";
        String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo(composed);
        assertThat(VietnameseText.normalise(decomposed)).isEqualTo(VietnameseText.normalise(composed));
        assertThat(VietnameseText.cleanQuestion(decomposed)).isEqualTo("cài đặt ứng dụng hậu giang");
    }

    @Test
    void cleaningRemovesEmoji() {
        assertThat(VietnameseText.cleanQuestion("cài app 😭😭 sao không được 🙏🏻")).isEqualTo("cài app   sao không được");
        assertThat(VietnameseText.cleanQuestion("👍❤️‍🔥")).isEmpty();
    }

    @Test
    void cleaningKeepsRepeatedLettersForTheReaderToJudge() {
        assertThat(VietnameseText.cleanQuestion("cccd khongggg")).isEqualTo("cccd khongggg");
        assertThat(VietnameseText.cleanQuestion("ddawng nhaapj")).isEqualTo("ddawng nhaapj");
    }

    @Test
    void tellsWhetherTextHasDiacritics() {
        assertThat(VietnameseText.hasDiacritics("quên mật khẩu")).isTrue();
        assertThat(VietnameseText.hasDiacritics("quen mat khau")).isFalse();
    }

    @Test
    void oneWordingHasOneKeyWhateverItsCaseDiacriticsAndPunctuation() {
        assertThat(VietnameseText.wordingKey("Quên mật khẩu VNeID?!")).isEqualTo("quen mat khau vneid");
        assertThat(VietnameseText.wordingKey("  quen   mat-khau vneid ")).isEqualTo("quen mat khau vneid");
    }
}
