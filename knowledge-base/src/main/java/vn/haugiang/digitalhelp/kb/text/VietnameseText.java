package vn.haugiang.digitalhelp.kb.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text forms the search compares: NFC lower case, and folded (no diacritics, đ → d).
 *
 * <p>The search folds every word of every question many times, so {@link #fold} and {@link #hasDiacritics}
 * read text in the Latin and Vietnamese letter ranges from a table made once from the full definition
 * (lower case, NFD, combining marks removed); any other character sends the whole text down the full
 * definition, so the result is always the same.
 */
public final class VietnameseText {

    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    /** Emoji, pictographs and the joiners and selectors that glue them together. */
    private static final Pattern EMOJI =
            Pattern.compile("[\\p{So}\\p{Sk}\\p{Cs}\\x{200D}\\x{FE0E}\\x{FE0F}\\x{20E3}\\x{1F3FB}-\\x{1F3FF}]+");

    /** Basic Latin to Latin Extended-B, the combining diacritics, and Latin Extended Additional (ạ … ỹ). */
    private static final char[][] TABLED_RANGES = {{'\u0000', '\u024F'}, {'\u0300', '\u036F'}, {'\u1E00', '\u1EFF'}};
    /** One character's folded form, by character; null outside {@link #TABLED_RANGES}. */
    private static final String[] FOLDED = new String['\u1EFF' + 1];
    /** True for a character whose folded form differs from its normalised form (a letter with a diacritic). */
    private static final boolean[] MARKED = new boolean['\u1EFF' + 1];

    static {
        for (char[] range : TABLED_RANGES) {
            for (char c = range[0]; c <= range[1]; c++) {
                String character = String.valueOf(c);
                FOLDED[c] = foldFully(character);
                MARKED[c] = !FOLDED[c].equals(normalise(character));
            }
        }
    }

    private VietnameseText() {
    }

    /** NFC-normalised lower case: "Cài Đặt" and its decomposed form both give "cài đặt". */
    public static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    /** Lower case without diacritics: "Định danh" → "dinh danh". */
    public static String fold(String text) {
        StringBuilder folded = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String form = c < FOLDED.length ? FOLDED[c] : null;
            if (form == null) {
                return foldFully(text);
            }
            if (folded == null && (form.length() != 1 || form.charAt(0) != c)) {
                folded = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (folded != null) {
                folded.append(form);
            }
        }
        return folded == null ? text : folded.toString();
    }

    private static String foldFully(String text) {
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
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= MARKED.length || FOLDED[c] == null || Character.getType(c) == Character.NON_SPACING_MARK) {
                // Outside the table, or a separate combining mark that NFC may join to the letter before it.
                return !fold(text).equals(normalise(text));
            }
            if (MARKED[c]) {
                return true;
            }
        }
        return false;
    }
}
