package vn.haugiang.digitalhelp.bot.pictures;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The words worth searching for in what Tesseract read from a screen: lines that are mostly letters
 * (an error message, a button, a title), without the clock, battery and signal of the status bar or
 * specks read as stray marks.
 */
final class ScreenText {

    /** Fewer letters than this on a line and it is not a word of the screen. */
    private static final int MIN_LETTERS_PER_LINE = 3;
    /** Share of a line's visible characters that must be letters. */
    private static final double MIN_LETTER_SHARE = 0.6;
    /** Fewer letters than this in all and nothing useful was read. */
    private static final int MIN_LETTERS = 6;

    private ScreenText() {
    }

    /** The lines worth searching, one per line; empty when nothing useful was read. */
    static Optional<String> of(String ocrOutput) {
        List<String> kept = new ArrayList<>();
        int letters = 0;
        for (String line : Normalizer.normalize(ocrOutput, Normalizer.Form.NFC).split("\\R")) {
            String cleaned = line.replaceAll("\\s+", " ").strip();
            int lineLetters = (int) cleaned.codePoints().filter(Character::isLetter).count();
            int visible = (int) cleaned.codePoints().filter(c -> !Character.isWhitespace(c)).count();
            if (lineLetters >= MIN_LETTERS_PER_LINE && lineLetters >= MIN_LETTER_SHARE * visible && hasWord(cleaned)) {
                kept.add(cleaned);
                letters += lineLetters;
            }
        }
        return letters >= MIN_LETTERS ? Optional.of(String.join("\n", kept)) : Optional.empty();
    }

    /** A line of single letters ("l i I") is noise; a real line has a word of two letters or more. */
    private static boolean hasWord(String line) {
        for (String word : line.split(" ")) {
            if (word.codePoints().filter(Character::isLetter).count() >= 2) {
                return true;
            }
        }
        return false;
    }

    /** The text read, on one line and cut at a word near {@code maxLength}, to repeat to the resident. */
    static String shortened(String text, int maxLength) {
        String oneLine = text.replace('\n', ' ').strip();
        if (oneLine.length() <= maxLength) {
            return oneLine;
        }
        int cut = oneLine.lastIndexOf(' ', maxLength);
        return oneLine.substring(0, cut > maxLength / 2 ? cut : maxLength).strip() + "…";
    }
}
