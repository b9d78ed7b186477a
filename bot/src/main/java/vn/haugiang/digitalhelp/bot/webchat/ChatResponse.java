package vn.haugiang.digitalhelp.bot.webchat;

import java.util.List;

/**
 * The bot's answer to the web chat page.
 *
 * @param outcome {@code ANSWER}, {@code SUGGEST}, {@code FALLBACK}, {@code SMALL_TALK}, {@code COMMAND} or {@code UNREADABLE}
 * @param topic   topic key of the guide shown, or null
 */
public record ChatResponse(List<ChatReply> replies, String outcome, String topic) {

    /**
     * @param text Markdown source of the message
     * @param html the same message as safe HTML (raw HTML in the source is escaped)
     */
    public record ChatReply(String text, String html, List<ChatButton> buttons) {
    }

    public record ChatButton(String label, String action) {
    }
}
