package vn.haugiang.digitalhelp.bot.conversation;

/**
 * One thing a resident sent, in the same shape whatever the channel.
 *
 * @param chatId the channel's id of the chat; never logged raw
 * @param text   the typed text, or a button's action; empty for anything that is not text
 */
public record InboundMessage(Channel channel, String chatId, Kind kind, String text) {

    public enum Kind {
        /** Typed text, including commands such as /start. */
        TEXT,
        /** A press on one of the bot's buttons; {@code text} holds its action. */
        BUTTON,
        /** A photo, sticker, voice note, location or anything else the bot cannot read. */
        NON_TEXT
    }

    public InboundMessage {
        text = text == null ? "" : text;
    }

    public static InboundMessage text(Channel channel, String chatId, String text) {
        return new InboundMessage(channel, chatId, Kind.TEXT, text);
    }

    public static InboundMessage button(Channel channel, String chatId, String action) {
        return new InboundMessage(channel, chatId, Kind.BUTTON, action);
    }

    public static InboundMessage nonText(Channel channel, String chatId) {
        return new InboundMessage(channel, chatId, Kind.NON_TEXT, "");
    }
}
