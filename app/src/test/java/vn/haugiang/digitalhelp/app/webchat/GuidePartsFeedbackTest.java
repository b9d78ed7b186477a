package vn.haugiang.digitalhelp.app.webchat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.haugiang.digitalhelp.app.ServiceTest;
import vn.haugiang.digitalhelp.bot.chat.Button;
import vn.haugiang.digitalhelp.bot.chat.Channel;
import vn.haugiang.digitalhelp.bot.chat.InboundMessage;
import vn.haugiang.digitalhelp.bot.chat.ResidentMessages;
import vn.haugiang.digitalhelp.bot.chat.ResidentText;
import vn.haugiang.digitalhelp.bot.chat.TurnOutcome;
import vn.haugiang.digitalhelp.bot.chat.TurnResult;
import vn.haugiang.digitalhelp.bot.conversation.Conversation;

/**
 * "Xem tiếp" carries the answer it continues, so the guide's last part can ask about it; the action is the
 * resident's to forge: one that names another resident's answer shows the part, and the feedback it leads to is
 * refused and leaves that answer as it was. "Chưa được" always offers a person.
 */
@ServiceTest
class GuidePartsFeedbackTest {

    /** A guide that a phone shows in two parts. */
    private static final String LONG_GUIDE_QUESTION = "cai app hau giang tren dien thoai android";

    @Autowired
    Conversation conversation;
    @Autowired
    ResidentMessages messages;

    @Test
    void aXemTiepNamingAnotherResidentsAnswerLeadsToFeedbackThatIsRefused() {
        TurnResult answerOfA = say("feedback-a", LONG_GUIDE_QUESTION);
        String moreOfA = action(answerOfA, ResidentText.BUTTON_MORE).orElseThrow();

        TurnResult partShownToB = press("feedback-b", moreOfA);
        assertThat(partShownToB.replies().get(0).markdown()).contains("(phần 2/2)");
        String forgedDone = action(partShownToB, ResidentText.BUTTON_FEEDBACK_DONE).orElseThrow();
        TurnResult refused = press("feedback-b", forgedDone);

        assertThat(refused.outcome()).isEqualTo(TurnOutcome.UNREADABLE);
        assertThat(refused.replies().get(0).markdown()).isEqualTo(messages.get(ResidentText.OUTDATED_BUTTON));
        TurnResult lastPartOfA = press("feedback-a", moreOfA);
        TurnResult notYet = press("feedback-a", action(lastPartOfA, ResidentText.BUTTON_FEEDBACK_NOT_YET).orElseThrow());
        assertThat(notYet.outcome()).as("A's answer had no feedback yet").isEqualTo(TurnOutcome.FEEDBACK);
        assertThat(action(notYet, ResidentText.BUTTON_TEAM)).as("'Chưa được' is one tap from a person").isPresent();
    }

    private TurnResult say(String chat, String text) {
        return conversation.handle(InboundMessage.text(Channel.WEB, chat, text));
    }

    private TurnResult press(String chat, String action) {
        return conversation.handle(InboundMessage.button(Channel.WEB, chat, action));
    }

    private Optional<String> action(TurnResult turn, ResidentText label) {
        return turn.replies().get(0).buttons().stream().filter(button -> button.label().equals(messages.get(label)))
                .map(Button::action).findFirst();
    }
}
