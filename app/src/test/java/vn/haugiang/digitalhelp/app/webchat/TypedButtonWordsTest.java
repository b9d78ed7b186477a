package vn.haugiang.digitalhelp.app.webchat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.haugiang.digitalhelp.app.ServiceTest;
import vn.haugiang.digitalhelp.bot.area.AreaDirectory;
import vn.haugiang.digitalhelp.bot.area.Hamlet;
import vn.haugiang.digitalhelp.bot.chat.Channel;
import vn.haugiang.digitalhelp.bot.chat.InboundMessage;
import vn.haugiang.digitalhelp.bot.chat.TurnOutcome;
import vn.haugiang.digitalhelp.bot.chat.TurnResult;
import vn.haugiang.digitalhelp.bot.conversation.Conversation;
import vn.haugiang.digitalhelp.bot.escalation.Escalations;
import vn.haugiang.digitalhelp.bot.resident.Resident;
import vn.haugiang.digitalhelp.bot.resident.Residents;

/**
 * Residents often type a button's words instead of pressing it: a typed "Xem tiếp" gives the next part of the
 * guide being read, as the button does, and neither it nor a "cảm ơn" becomes the title of a request for a
 * person: the request is titled by the question the guides were searched for.
 */
@ServiceTest
class TypedButtonWordsTest {

    /** A guide that a phone shows in two parts (child-residence). */
    private static final String LONG_GUIDE_QUESTION = "Khai sinh trên VNeID làm sao?";

    @Autowired
    Conversation conversation;
    @Autowired
    Residents residents;
    @Autowired
    AreaDirectory areas;
    @Autowired
    Escalations escalations;

    @Test
    void aTypedXemTiepShowsTheNextPartOfTheGuideBeingReadAndAfterTheLastPartIsAQuestionAgain() {
        String chat = "typed-more";
        assertThat(firstText(say(chat, LONG_GUIDE_QUESTION))).contains("(phần 1/2)");

        TurnResult typedMore = say(chat, "xem tiep");

        assertThat(firstText(typedMore)).contains("(phần 2/2)");
        TurnResult afterTheLast = say(chat, "Xem tiếp");
        assertThat(afterTheLast.outcome()).as("no part 3: the words are searched like any question")
                .isIn(TurnOutcome.ANSWER, TurnOutcome.SUGGEST, TurnOutcome.FALLBACK);
        assertThat(firstText(afterTheLast)).doesNotContain("(phần 2/2)");
    }

    @Test
    void aRequestIsTitledByTheQuestionNotByTheWordsTypedAfterIt() {
        String chat = "typed-more-then-person";
        Hamlet hamlet = areas.hamlets(areas.communeByName("Vị Thanh").orElseThrow().id(), "", 0, 1).items().get(0);
        Resident resident = residents.seen(Channel.WEB, chat).resident();
        residents.settle(resident.id(), hamlet.communeId(), hamlet.id());

        say(chat, LONG_GUIDE_QUESTION);
        say(chat, "Xem tiếp");
        say(chat, "cảm ơn");
        assertThat(say(chat, "cho tui gặp tổ").outcome()).isEqualTo(TurnOutcome.ESCALATED);

        String requestId = residents.seen(Channel.WEB, chat).resident().activeEscalationId();
        assertThat(escalations.find(requestId).orElseThrow().question()).isEqualToIgnoringCase(LONG_GUIDE_QUESTION);
    }

    private TurnResult say(String chat, String text) {
        return conversation.handle(InboundMessage.text(Channel.WEB, chat, text));
    }

    private static String firstText(TurnResult turn) {
        return turn.replies().get(0).markdown();
    }
}
