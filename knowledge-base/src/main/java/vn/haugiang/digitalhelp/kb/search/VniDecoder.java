package vn.haugiang.digitalhelp.kb.search;

import java.util.List;

/**
 * Reads a word typed with the VNI keys left in, as happens when a phone's Vietnamese input method is
 * off: a digit after a letter marks it ("d9i5nh" → "định", "ca2i" → "cài", "d9a85t" → "đặt").
 * 1–5 are the tones (sắc, huyền, hỏi, ngã, nặng), 6 the hat (â, ê, ô), 7 the horn (ơ, ư), 8 the breve
 * (ă) and 9 the stroke (đ). Gives every placement of the tone mark; the caller keeps the ones the guides
 * know.
 */
final class VniDecoder {

    private static final String[] TONE_MARKS = {"\u0301", "\u0300", "\u0309", "\u0303", "\u0323"};

    private VniDecoder() {
    }

    /** The Vietnamese words this key sequence may stand for; empty when it is not VNI. */
    static List<String> candidates(String typed) {
        Keys keys = keys(typed);
        return keys == null ? List.of() : TelexDecoder.placeTone(keys.letters(), keys.toneMark());
    }

    /** Whether {@link #candidates} would find a word, without making the words (no tone placed). */
    static boolean isVni(String typed) {
        Keys keys = keys(typed);
        return keys != null && !TelexDecoder.placeTone(keys.letters(), null).isEmpty();
    }

    /** The shaped letters and the tone mark of a VNI key sequence; null when it is not VNI. */
    private static Keys keys(String typed) {
        if (typed.length() < 2 || !Character.isLetter(typed.charAt(0)) || !lettersAndKeys(typed)) {
            return null;
        }
        StringBuilder letters = new StringBuilder(typed.length());
        String toneMark = null;
        for (int i = 0; i < typed.length(); i++) {
            char c = typed.charAt(i);
            if (Character.isLetter(c)) {
                letters.append(c);
            } else if (c <= '5') {
                toneMark = TONE_MARKS[c - '1'];
            } else if (!modify(letters, c)) {
                return null;
            }
        }
        return new Keys(letters.toString(), toneMark);
    }

    private record Keys(String letters, String toneMark) {
    }

    /** Only the letters a–z and the keys 1–9, at least one key. */
    private static boolean lettersAndKeys(String typed) {
        boolean key = false;
        for (int i = 0; i < typed.length(); i++) {
            char c = typed.charAt(i);
            key |= c >= '1' && c <= '9';
            if (!(c >= 'a' && c <= 'z') && !(c >= '1' && c <= '9')) {
                return false;
            }
        }
        return key;
    }

    /** Applies a shape key to the nearest letter before it that takes the shape. */
    private static boolean modify(StringBuilder letters, char key) {
        for (int i = letters.length() - 1; i >= 0; i--) {
            char shaped = shaped(letters.charAt(i), key);
            if (shaped != 0) {
                letters.setCharAt(i, shaped);
                if (key == '7' && shaped == 'ơ' && i > 0 && letters.charAt(i - 1) == 'u') {
                    letters.setCharAt(i - 1, 'ư');
                }
                return true;
            }
        }
        return false;
    }

    private static char shaped(char letter, char key) {
        return switch (key) {
            case '6' -> switch (letter) {
                case 'a' -> 'â';
                case 'e' -> 'ê';
                case 'o' -> 'ô';
                default -> 0;
            };
            case '7' -> switch (letter) {
                case 'o' -> 'ơ';
                case 'u' -> 'ư';
                default -> 0;
            };
            case '8' -> letter == 'a' ? 'ă' : 0;
            case '9' -> letter == 'd' ? 'đ' : 0;
            default -> 0;
        };
    }
}
