package vn.haugiang.digitalhelp.kb.search;

import java.util.regex.Pattern;

import vn.haugiang.digitalhelp.kb.text.VietnameseText;

/**
 * A text's words between single spaces, as typed (NFC lower case) and folded, for finding listed
 * phrases: a phrase written with diacritics must be there exactly, one written without matches the
 * folded text.
 */
record PaddedWords(String typed, String folded) {

    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    static PaddedWords of(String text) {
        String words = " " + NOT_A_WORD.matcher(VietnameseText.normalise(text)).replaceAll(" ").strip() + " ";
        return new PaddedWords(words, VietnameseText.fold(words));
    }

    boolean contains(String phrase) {
        return VietnameseText.hasDiacritics(phrase)
                ? typed.contains(" " + phrase + " ")
                : folded.contains(" " + phrase + " ");
    }
}
