package vn.haugiang.digitalhelp.kb.search;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text forms the search compares: NFC lower case, and folded (no diacritics, đ → d). */
public final class VietnameseText {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

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
}
