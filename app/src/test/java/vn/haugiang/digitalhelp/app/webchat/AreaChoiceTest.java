package vn.haugiang.digitalhelp.app.webchat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.haugiang.digitalhelp.app.ServiceTest;
import vn.haugiang.digitalhelp.bot.area.AreaDirectory;
import vn.haugiang.digitalhelp.bot.area.Commune;
import vn.haugiang.digitalhelp.bot.area.Hamlet;
import vn.haugiang.digitalhelp.bot.chat.Button;
import vn.haugiang.digitalhelp.bot.chat.Channel;
import vn.haugiang.digitalhelp.bot.chat.InboundMessage;
import vn.haugiang.digitalhelp.bot.chat.ResidentMessages;
import vn.haugiang.digitalhelp.bot.chat.ResidentText;
import vn.haugiang.digitalhelp.bot.chat.TurnOutcome;
import vn.haugiang.digitalhelp.bot.chat.TurnResult;
import vn.haugiang.digitalhelp.bot.conversation.Conversation;

/**
 * A resident asking for a person chooses where they live first; one who picked the wrong commune presses "Chọn lại
 * xã/phường" and types the right one, as the question invites: the dialogue asks for a hamlet of that commune,
 * and the request for a person opens once the hamlet is chosen.
 */
@ServiceTest
class AreaChoiceTest {

    private static final String CHAT = "area-choice";

    @Autowired
    Conversation conversation;
    @Autowired
    AreaDirectory areas;
    @Autowired
    ResidentMessages messages;

    @Test
    void aResidentWhoChoosesTheCommuneAgainByTypingItsNameGetsItsHamletsAndThenTheirRequest() {
        List<Commune> communes = areas.communes(null, 0, 10).items();
        Commune wrong = communes.get(0);
        Commune right = communes.get(1);
        Hamlet home = areas.hamlets(right.id(), null, 0, 10).items().get(0);

        TurnResult askedWhere = say("gặp người");
        assertThat(askedWhere.outcome()).isNotEqualTo(TurnOutcome.ESCALATED);
        TurnResult hamletsOfWrong = press(buttonOf(askedWhere, wrong.name()));
        assertThat(hamletsOfWrong.replies().get(0).markdown()).contains(wrong.name());
        press(buttonOf(hamletsOfWrong, messages.get(ResidentText.BUTTON_CHANGE_AREA)));

        TurnResult hamletsOfRight = say(right.name());

        assertThat(hamletsOfRight.replies().get(0).markdown()).as("the hamlets of the commune typed")
                .isEqualTo(messages.format(ResidentText.AREA_ASK_HAMLET, right.name()));
        assertThat(say(home.name()).outcome()).as("the request the resident asked for").isEqualTo(TurnOutcome.ESCALATED);
    }

    private TurnResult say(String text) {
        return conversation.handle(InboundMessage.text(Channel.WEB, CHAT, text));
    }

    private TurnResult press(String action) {
        return conversation.handle(InboundMessage.button(Channel.WEB, CHAT, action));
    }

    /** The action of the button with this label under the turn's replies. */
    private String buttonOf(TurnResult turn, String label) {
        return turn.replies().stream().flatMap(reply -> reply.buttons().stream())
                .filter(button -> button.label().equals(label))
                .map(Button::action).findFirst().orElseThrow(() -> new AssertionError("no button " + label + " in " + turn));
    }
}
