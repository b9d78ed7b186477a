package vn.haugiang.digitalhelp.kb.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a word typed with the Telex keystrokes left in, as happens when a phone's Vietnamese input
 * method is off: "ddawngj" → "đặng", "caif" → "cài", "queen" → "quên". Gives every placement of the
 * tone mark; the caller keeps the ones the guides know.
 */
final class TelexDecoder {

    private static final String VOWELS = "aăâeêioôơuưy";
    private static final String TONE_KEYS = "sfrxj";
    private static final String[] TONE_MARKS = {"\u0301", "\u0300", "\u0309", "\u0303", "\u0323"};

    private TelexDecoder() {
    }

    /** The Vietnamese words this keystroke sequence may stand for; empty when it is not Telex. */
    static List<String> candidates(String typed) {
        if (typed.length() < 2 || !typed.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
            return List.of();
        }
        String toneMark = null;
        String base = typed;
        int toneKeyAt = toneKeyPosition(typed);
        if (toneKeyAt >= 0) {
            toneMark = TONE_MARKS[TONE_KEYS.indexOf(typed.charAt(toneKeyAt))];
            base = typed.substring(0, toneKeyAt) + typed.substring(toneKeyAt + 1);
        }
        String letters = modifyLetters(base);
        if (toneMark == null && letters.equals(typed)) {
            return List.of();
        }
        return placeTone(letters, toneMark);
    }

    /**
     * Every placement of a tone mark (a combining character, or null for none) on a vowel of the
     * letters, in NFC; empty when the letters have no vowel.
     */
    static List<String> placeTone(String letters, String toneMark) {
        if (letters.chars().noneMatch(c -> VOWELS.indexOf(c) >= 0)) {
            return List.of();
        }
        if (toneMark == null) {
            return List.of(letters);
        }
        List<String> words = new ArrayList<>();
        for (int i = 0; i < letters.length(); i++) {
            if (VOWELS.indexOf(letters.charAt(i)) >= 0) {
                String marked = letters.substring(0, i + 1) + toneMark + letters.substring(i + 1);
                words.add(Normalizer.normalize(marked, Normalizer.Form.NFC));
            }
        }
        return words;
    }

    /**
     * Where the tone key is: the first s, f, r, x or j after a vowel. Those letters only ever begin a
     * Vietnamese syllable ("sao", "rồi", "xã"), so after a vowel they can only be a tone key, typed at
     * the end ("caif") or before the final consonant ("nhaapj", "maajt").
     */
    private static int toneKeyPosition(String typed) {
        boolean afterVowel = false;
        for (int i = 0; i < typed.length(); i++) {
            char c = typed.charAt(i);
            if (afterVowel && TONE_KEYS.indexOf(c) >= 0) {
                return i;
            }
            afterVowel |= "aeiouy".indexOf(c) >= 0;
        }
        return -1;
    }

    private static String modifyLetters(String base) {
        return base.replace("dd", "đ")
                .replace("uow", "ươ")
                .replace("aa", "â")
                .replace("aw", "ă")
                .replace("ee", "ê")
                .replace("oo", "ô")
                .replace("ow", "ơ")
                .replace("uw", "ư")
                .replace("w", "ư");
    }
}
