package vn.haugiang.digitalhelp.kb.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text forms the search compares: NFC lower case, and folded (no diacritics, đ → d). */
public final class VietnameseText {

    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    /** Emoji, pictographs and the joiners and selectors that glue them together. */
    private static final Pattern EMOJI =
            Pattern.compile("[\\p{So}\\p{Sk}\\p{Cs}\\x{200D}\\x{FE0E}\\x{FE0F}\\x{20E3}\\x{1F3FB}-\\x{1F3FF}]+");

    private VietnameseText() {
    }

    /** NFC-normalised lower case: "Cài Đặt" and its decomposed form both give "cài đặt". */
    public static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    /** Lower case without diacritics: "Định danh" → "dinh danh". */
    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        return COMBINING_MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd');
    }

    /** A question as the search reads it: NFC lower case, emoji removed. */
    public static String cleanQuestion(String text) {
        return EMOJI.matcher(normalise(text)).replaceAll(" ").strip();
    }

    /** One key for one wording: folded words between single spaces ("Quên mật khẩu?" → "quen mat khau"). */
    public static String wordingKey(String text) {
        return NOT_A_WORD.matcher(fold(text)).replaceAll(" ").strip();
    }

    /** True when the text has a letter with a Vietnamese diacritic. */
    public static boolean hasDiacritics(String text) {
        return !fold(text).equals(normalise(text));
    }
}
