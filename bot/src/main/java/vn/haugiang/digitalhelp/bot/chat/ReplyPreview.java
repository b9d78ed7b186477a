package vn.haugiang.digitalhelp.bot.chat;

import java.util.List;

/**
 * How a resident would see the bot's answers, without a conversation: nothing is recorded. What
 * "Thử câu hỏi" and the guide editor's preview in the console show.
 */
public interface ReplyPreview {

    /** The replies a resident would get to a guide question, decided exactly as in a conversation. */
    List<Reply> repliesTo(String question);

    /**
     * A reply's Markdown as the Telegram messages it would be sent as: the HTML subset Telegram accepts,
     * more than one message only past {@link #telegramMessageLimit()} characters.
     */
    List<String> asTelegramMessages(String markdown);

    /** A guide picture's caption as Telegram would send it under the photo (none for no alt text). */
    String asTelegramCaption(String alt);

    /** The most characters Telegram takes in one message. */
    int telegramMessageLimit();
}
