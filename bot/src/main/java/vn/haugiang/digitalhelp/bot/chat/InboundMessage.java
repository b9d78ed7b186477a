package vn.haugiang.digitalhelp.bot.chat;

/**
 * One thing a resident sent, in the same shape whatever the channel.
 *
 * @param chatId    the channel's id of the chat; never logged raw
 * @param text      the typed text, a button's action, or a shared phone number; empty otherwise
 * @param messageId the channel's id of this message (to copy a photo or a voice message on), or null
 * @param picture   where a photo's bytes are fetched; {@link PictureSource#NONE} for every other kind
 */
public record InboundMessage(Channel channel, String chatId, Kind kind, String text, String messageId,
                             PictureSource picture) {

    public enum Kind {
        /** Typed text, including commands such as /start. */
        TEXT,
        /** A press on one of the bot's buttons; {@code text} holds its action. */
        BUTTON,
        /** A photo, such as a screenshot of an error; {@code messageId} identifies it, {@code picture} fetches it. */
        PHOTO,
        /** A recorded voice message; {@code messageId} identifies it (it is passed on, never transcribed). */
        VOICE,
        /** The sender's own phone number, shared with the channel's contact button. */
        CONTACT,
        /** A sticker, a location or anything else the bot cannot read. */
        NON_TEXT
    }

    public InboundMessage {
        text = text == null ? "" : text;
        picture = picture == null ? PictureSource.NONE : picture;
    }

    /** A photo or a voice message: no words to relay, the message itself to copy. */
    public boolean isMedia() {
        return kind == Kind.PHOTO || kind == Kind.VOICE;
    }

    public static InboundMessage text(Channel channel, String chatId, String text) {
        return new InboundMessage(channel, chatId, Kind.TEXT, text, null, null);
    }

    public static InboundMessage button(Channel channel, String chatId, String action) {
        return new InboundMessage(channel, chatId, Kind.BUTTON, action, null, null);
    }

    public static InboundMessage photo(Channel channel, String chatId, String messageId, PictureSource picture) {
        return new InboundMessage(channel, chatId, Kind.PHOTO, "", messageId, picture);
    }

    public static InboundMessage voice(Channel channel, String chatId, String messageId) {
        return new InboundMessage(channel, chatId, Kind.VOICE, "", messageId, null);
    }

    public static InboundMessage contact(Channel channel, String chatId, String phone) {
        return new InboundMessage(channel, chatId, Kind.CONTACT, phone, null, null);
    }

    public static InboundMessage nonText(Channel channel, String chatId) {
        return new InboundMessage(channel, chatId, Kind.NON_TEXT, "", null, null);
    }
}
