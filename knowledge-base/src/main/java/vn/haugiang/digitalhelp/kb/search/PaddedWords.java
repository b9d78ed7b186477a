package vn.haugiang.digitalhelp.kb.search;

import java.util.regex.Pattern;

import vn.haugiang.digitalhelp.kb.text.VietnameseText;

/**
 * A text's words between single spaces, as typed (NFC lower case) and folded, for finding listed
 * phrases: a phrase written with diacritics must be there exactly, one written without matches the
 * folded text. A phrase may hold one gap, {@code *}, standing for up to {@value #MAX_GAP_WORDS} words
 * ("hồ sơ * của má" finds "hồ sơ của má" and "hồ sơ đất của má").
 */
record PaddedWords(String typed, String folded) {

    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final String GAP = " * ";
    static final int MAX_GAP_WORDS = 2;

    static PaddedWords of(String text) {
        String words = " " + NOT_A_WORD.matcher(VietnameseText.normalise(text)).replaceAll(" ").strip() + " ";
        return new PaddedWords(words, VietnameseText.fold(words));
    }

    boolean contains(String phrase) {
        String text = VietnameseText.hasDiacritics(phrase) ? typed : folded;
        int gap = phrase.indexOf(GAP);
        if (gap < 0) {
            return text.contains(" " + phrase + " ");
        }
        String before = " " + phrase.substring(0, gap) + " ";
        String after = " " + phrase.substring(gap + GAP.length()) + " ";
        for (int at = text.indexOf(before); at >= 0; at = text.indexOf(before, at + 1)) {
            int gapStarts = at + before.length() - 1;
            for (int words = 0, end = gapStarts; words <= MAX_GAP_WORDS && end >= 0; words++) {
                if (text.startsWith(after, end)) {
                    return true;
                }
                end = text.indexOf(' ', end + 1);
            }
        }
        return false;
    }
}
