package vn.haugiang.digitalhelp.kb.search;

import java.util.regex.Pattern;

import vn.haugiang.digitalhelp.kb.text.VietnameseText;

/**
 * A text's words between single spaces, as typed (NFC lower case) and folded, for finding listed
 * phrases: a phrase written with diacritics must be there exactly, one written without matches the
 * folded text. A word typed with VNI keys folds to its letters ("d9a8ng ky1" → "dang ky"), as its
 * Vietnamese reading would. A phrase may hold one gap, {@code *}, standing for up to {@value #MAX_GAP_WORDS} words
 * ("hồ sơ * của má" finds "hồ sơ của má" and "hồ sơ đất của má").
 */
record PaddedWords(String typed, String folded) {

    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final String GAP = " * ";
    static final int MAX_GAP_WORDS = 3;

    static PaddedWords of(String text) {
        String words = " " + typedWords(text) + " ";
        return new PaddedWords(words, VietnameseText.fold(withoutVniKeys(words)));
    }

    /** The text's words as typed (NFC lower case), between single spaces, without the folded form. */
    static String typedWords(String text) {
        return NOT_A_WORD.matcher(VietnameseText.normalise(text)).replaceAll(" ").strip();
    }

    /** The words with the keys of a VNI-typed word left out: its reading without diacritics. */
    private static String withoutVniKeys(String words) {
        if (!hasDigit(words, 0, words.length())) {
            return words;
        }
        StringBuilder read = new StringBuilder(words.length());
        int start = 0;
        for (int end = words.indexOf(' '); end >= 0; start = end + 1, end = words.indexOf(' ', start)) {
            if (hasDigit(words, start, end) && VniDecoder.isVni(words.substring(start, end))) {
                for (int i = start; i < end; i++) {
                    if (!Character.isDigit(words.charAt(i))) {
                        read.append(words.charAt(i));
                    }
                }
            } else {
                read.append(words, start, end);
            }
            read.append(' ');
        }
        return read.append(words, start, words.length()).toString();
    }

    private static boolean hasDigit(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    boolean contains(String phrase) {
        String text = textFor(phrase);
        for (int at = text.indexOf(' '); at >= 0; at = text.indexOf(' ', at + 1)) {
            if (standsAt(text, at, phrase)) {
                return true;
            }
        }
        return false;
    }

    /** The text a phrase is sought in: as typed for a phrase written with diacritics, else folded. */
    private String textFor(String phrase) {
        return soughtAsTyped(phrase) ? typed : folded;
    }

    /** Whether a phrase is sought in the words as typed (it is written with diacritics), not folded. */
    static boolean soughtAsTyped(String phrase) {
        return VietnameseText.hasDiacritics(phrase);
    }

    /**
     * True when the phrase begins at the space {@code at} of the text ({@link #typed} or {@link #folded}):
     * its words follow whole, and after a gap its words after the gap, up to {@value #MAX_GAP_WORDS} words on.
     */
    static boolean standsAt(String text, int at, String phrase) {
        int gap = phrase.indexOf(GAP);
        if (gap < 0) {
            return wordsStandAt(text, at, phrase, 0, phrase.length());
        }
        if (!wordsStandAt(text, at, phrase, 0, gap)) {
            return false;
        }
        int after = gap + GAP.length();
        for (int words = 0, end = at + gap + 1; words <= MAX_GAP_WORDS && end >= 0; words++) {
            if (wordsStandAt(text, end, phrase, after, phrase.length())) {
                return true;
            }
            end = text.indexOf(' ', end + 1);
        }
        return false;
    }

    /** True when the text has a space at {@code at}, then the words {@code phrase[from, to)}, then a space. */
    private static boolean wordsStandAt(String text, int at, String phrase, int from, int to) {
        int end = at + 1 + to - from;
        return end < text.length() && text.charAt(at) == ' ' && text.charAt(end) == ' '
                && text.regionMatches(at + 1, phrase, from, to - from);
    }
}
