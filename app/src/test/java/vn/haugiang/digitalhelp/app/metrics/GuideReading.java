package vn.haugiang.digitalhelp.app.metrics;

import java.util.Optional;

import vn.haugiang.digitalhelp.bot.chat.Button;
import vn.haugiang.digitalhelp.bot.chat.Channel;
import vn.haugiang.digitalhelp.bot.chat.InboundMessage;
import vn.haugiang.digitalhelp.bot.chat.ResidentMessages;
import vn.haugiang.digitalhelp.bot.chat.ResidentText;
import vn.haugiang.digitalhelp.bot.chat.TurnResult;
import vn.haugiang.digitalhelp.bot.conversation.Conversation;

/**
 * A web resident reading an answer to its end, pressing "Xem tiếp" while there is one, as they must before the
 * guide asks whether it worked.
 */
record GuideReading(Conversation conversation, ResidentMessages messages) {

    /** The action of the button with this label under the answer's last part (the answer itself if it is one part). */
    String actionAtTheEnd(String chat, TurnResult answer, ResidentText label) {
        TurnResult part = answer;
        for (Optional<String> more = action(part, ResidentText.BUTTON_MORE); more.isPresent();
                more = action(part, ResidentText.BUTTON_MORE)) {
            part = conversation.handle(InboundMessage.button(Channel.WEB, chat, more.get()));
        }
        return action(part, label).orElseThrow(() -> new AssertionError("no '" + messages.get(label) + "' at the end"));
    }

    private Optional<String> action(TurnResult turn, ResidentText label) {
        return turn.replies().get(0).buttons().stream().filter(button -> button.label().equals(messages.get(label)))
                .map(Button::action).findFirst();
    }
}
