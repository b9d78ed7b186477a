package vn.haugiang.digitalhelp.bot.conversation;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.haugiang.digitalhelp.bot.chat.Reply;
import vn.haugiang.digitalhelp.bot.chat.ReplyPreview;
import vn.haugiang.digitalhelp.bot.chat.ResidentMessages;
import vn.haugiang.digitalhelp.bot.telegram.TelegramHtml;

/**
 * The preview from the same {@link GuideAnswers} and feedback buttons a conversation uses, rendered for
 * Telegram by the same {@link TelegramHtml} the channel sends with.
 */
@Component
class GuideReplyPreview implements ReplyPreview {

    /** Stands for the interaction id a real turn would put in its feedback buttons. */
    private static final String NO_INTERACTION = "preview";

    private final GuideAnswers answers;
    private final ResidentMessages messages;

    GuideReplyPreview(GuideAnswers answers, ResidentMessages messages) {
        this.answers = answers;
        this.messages = messages;
    }

    @Override
    public List<Reply> repliesTo(String question) {
        return Conversation.withFeedbackButtons(answers.answer(question), NO_INTERACTION, messages).replies();
    }

    @Override
    public List<String> asTelegramMessages(String markdown) {
        return TelegramHtml.render(markdown);
    }

    @Override
    public int telegramMessageLimit() {
        return TelegramHtml.MAX_MESSAGE_LENGTH;
    }
}
