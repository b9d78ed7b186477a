package vn.haugiang.digitalhelp.bot.telegram;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.haugiang.digitalhelp.bot.chat.Reply;
import vn.haugiang.digitalhelp.bot.chat.ReplyPreview;
import vn.haugiang.digitalhelp.bot.conversation.GuideReplyPreview;

/** The console's preview: the conversation's own replies, rendered by the same {@link TelegramHtml} the channel sends with. */
@Component
class TelegramReplyPreview implements ReplyPreview {

    private final GuideReplyPreview replies;

    TelegramReplyPreview(GuideReplyPreview replies) {
        this.replies = replies;
    }

    @Override
    public List<Reply> repliesTo(String question) {
        return replies.repliesTo(question);
    }

    @Override
    public List<String> asTelegramMessages(String markdown) {
        return TelegramHtml.render(markdown);
    }

    @Override
    public String asTelegramCaption(String alt) {
        return TelegramHtml.caption(alt);
    }

    @Override
    public int telegramMessageLimit() {
        return TelegramHtml.MAX_MESSAGE_LENGTH;
    }
}
