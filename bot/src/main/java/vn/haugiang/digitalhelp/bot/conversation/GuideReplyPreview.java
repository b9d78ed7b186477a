package vn.haugiang.digitalhelp.bot.conversation;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.haugiang.digitalhelp.bot.chat.Reply;
import vn.haugiang.digitalhelp.bot.chat.ResidentMessages;

/**
 * The replies a resident would get to a guide question, from the same {@link GuideAnswers} and feedback
 * buttons a conversation uses; nothing is recorded. The channels present them ({@code ReplyPreview}).
 */
@Component
public class GuideReplyPreview {

    /**
     * Stands for the interaction id a real turn puts in its feedback and "Xem tiếp" buttons: shaped like one, so
     * the preview's actions read back as real ones do, and no turn's.
     */
    private static final String NO_INTERACTION = "0".repeat(24);

    private final GuideAnswers answers;
    private final ResidentMessages messages;

    GuideReplyPreview(GuideAnswers answers, ResidentMessages messages) {
        this.answers = answers;
        this.messages = messages;
    }

    public List<Reply> repliesTo(String question) {
        return Conversation.withFeedbackButtons(answers.answer(question), NO_INTERACTION, messages).replies();
    }
}
