package vn.haugiang.digitalhelp.bot.conversation;

import java.util.regex.Pattern;

import vn.haugiang.digitalhelp.kb.text.VietnameseText;

/**
 * Recognises a typed request for a person ("gặp người", "cho tui gặp cán bộ", "gap to cong nghe so"),
 * with or without diacritics, so it opens a request like the "Gặp tổ công nghệ số" button.
 */
final class PersonRequest {

    private static final Pattern ASKS_FOR_PERSON = Pattern.compile(
            "\\b(gap|noi chuyen voi) (nguoi( that)?|can bo|nhan vien|to( cong nghe so)?|ai do)\\b");
    /** Longer messages are questions that may mention a person ("gặp người ở UBND để làm CCCD?"). */
    private static final int MAX_WORDS = 8;

    private PersonRequest() {
    }

    static boolean recognise(String text) {
        String folded = VietnameseText.fold(text).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return folded.split(" ").length <= MAX_WORDS && ASKS_FOR_PERSON.matcher(folded).find();
    }
}
