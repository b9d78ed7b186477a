package vn.haugiang.digitalhelp.bot.chat;

/**
 * Puts text someone typed (a resident's question, a member's answer) into a Markdown reply as plain
 * text: every character Markdown gives a meaning is backslash-escaped, so it cannot become a link or formatting.
 */
public final class MarkdownText {

    private static final String PUNCTUATION = "\\`*_{}[]()<>#+-.!|~&";

    private MarkdownText() {
    }

    public static String literal(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (PUNCTUATION.indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}
