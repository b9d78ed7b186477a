package vn.haugiang.digitalhelp.kb.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class VietnameseTextTest {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

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

    /**
     * Folding and the diacritics check read common characters from a table; on any text they must give
     * what their definitions give: lower case, NFD, combining marks removed, đ as d; and "folded differs
     * from NFC lower case".
     */
    @Test
    void foldingAgreesWithItsDefinitionOnAnyText() {
        String alphabet = "aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯ àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợ"
                + "ùúủũụừứửữựỳýỷỹỵÀÁẢÃẠỲÝỸỴ0123456789 .,?!-/\t\n"
                + "\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031B" // combining marks, as in decomposed text
                + "İıßẞæøŉǅΣσςЁё中ñçÆ\u212B\u2126😭\uD83D"; // other scripts, singletons, a lone surrogate
        Random random = new Random(12);
        for (int n = 0; n < 10_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int length = random.nextInt(12); length > 0; length--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertAgreesWithDefinition(text.toString());
        }
        for (char c = 0; c < '\u2000'; c++) {
            assertAgreesWithDefinition(String.valueOf(c));
            assertAgreesWithDefinition("a" + c + "ê");
        }
    }

    private static void assertAgreesWithDefinition(String text) {
        String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        String folded = MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd');
        assertThat(VietnameseText.fold(text)).as("fold of %s", text).isEqualTo(folded);
        assertThat(VietnameseText.hasDiacritics(text)).as("diacritics in %s", text)
                .isEqualTo(!folded.equals(Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT)));
    }

    @Test
    void oneWordingHasOneKeyWhateverItsCaseDiacriticsAndPunctuation() {
        assertThat(VietnameseText.wordingKey("Quên mật khẩu VNeID?!")).isEqualTo("quen mat khau vneid");
        assertThat(VietnameseText.wordingKey("  quen   mat-khau vneid ")).isEqualTo("quen mat khau vneid");
    }
}
