package vn.haugiang.digitalhelp.bot.chat;

import java.util.List;

/**
 * One message from the bot. The text is Markdown (article bodies are Markdown; catalogue texts are
 * plain lines); each channel renders it in its own format and escapes it there.
 *
 * @param asksForPhone offer the channel's "share my phone number" button (Telegram only)
 */
public record Reply(String markdown, List<Button> buttons, boolean asksForPhone) {

    public Reply {
        buttons = buttons == null ? List.of() : List.copyOf(buttons);
    }

    public Reply(String markdown, List<Button> buttons) {
        this(markdown, buttons, false);
    }

    public static Reply of(String markdown) {
        return new Reply(markdown, List.of());
    }
}
