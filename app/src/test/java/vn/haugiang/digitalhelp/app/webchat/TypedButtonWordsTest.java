package vn.haugiang.digitalhelp.app.webchat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.haugiang.digitalhelp.app.ServiceTest;
import vn.haugiang.digitalhelp.app.SettledResidents;
import vn.haugiang.digitalhelp.bot.area.AreaDirectory;
import vn.haugiang.digitalhelp.bot.chat.Button;
import vn.haugiang.digitalhelp.bot.chat.Channel;
import vn.haugiang.digitalhelp.bot.chat.InboundMessage;
import vn.haugiang.digitalhelp.bot.chat.ResidentMessages;
import vn.haugiang.digitalhelp.bot.chat.ResidentText;
import vn.haugiang.digitalhelp.bot.chat.TurnOutcome;
import vn.haugiang.digitalhelp.bot.chat.TurnResult;
import vn.haugiang.digitalhelp.bot.conversation.Conversation;
import vn.haugiang.digitalhelp.bot.escalation.Escalations;
import vn.haugiang.digitalhelp.bot.escalation.ResidentEscalations;
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
    @Autowired
    ResidentMessages messages;

    @Test
    void aTypedXemTiepAfterANewerQuestionThatFoundNoGuideDoesNotGoBackToTheOlderGuide() {
        String chat = "typed-more-after-a-miss";
        assertThat(firstText(say(chat, LONG_GUIDE_QUESTION))).contains("(phần 1/2)");
        assertThat(say(chat, "con mèo nhà tui bị lạc").outcome()).isIn(TurnOutcome.SUGGEST, TurnOutcome.FALLBACK);

        assertThat(firstText(say(chat, "xem tiếp"))).doesNotContain("(phần 2/2)");
    }

    @Test
    void aTypedXemTiepShowsTheNextPartOfTheGuideBeingReadAndAfterTheLastPartIsAQuestionAgain() {
        String chat = "typed-more";
        TurnResult answer = say(chat, LONG_GUIDE_QUESTION);
        assertThat(firstText(answer)).contains("(phần 1/2)");
        assertThat(firstButtons(answer)).doesNotContain(messages.get(ResidentText.BUTTON_FEEDBACK_DONE));

        TurnResult typedMore = say(chat, "xem tiep");

        assertThat(firstText(typedMore)).contains("(phần 2/2)");
        assertThat(firstButtons(typedMore)).as("read to the end by typing, the answer is asked about as by pressing")
                .contains(messages.get(ResidentText.BUTTON_FEEDBACK_DONE), messages.get(ResidentText.BUTTON_FEEDBACK_NOT_YET));
        String done = typedMore.replies().get(0).buttons().get(0).action();
        assertThat(conversation.handle(InboundMessage.button(Channel.WEB, chat, done)).outcome()).isEqualTo(TurnOutcome.FEEDBACK);
        TurnResult afterTheLast = say(chat, "Xem tiếp");
        assertThat(afterTheLast.outcome()).as("no part 3: the words are searched like any question")
                .isIn(TurnOutcome.ANSWER, TurnOutcome.SUGGEST, TurnOutcome.FALLBACK);
        assertThat(firstText(afterTheLast)).doesNotContain("(phần 2/2)");
    }

    @Test
    void aRequestIsTitledByTheQuestionNotByTheWordsTypedAfterIt() {
        String chat = "typed-more-then-person";
        settled(chat);

        say(chat, LONG_GUIDE_QUESTION);
        say(chat, "Xem tiếp");
        say(chat, "cảm ơn");
        assertThat(say(chat, "cho tui gặp tổ").outcome()).isEqualTo(TurnOutcome.ESCALATED);

        assertThat(escalations.find(activeRequest(chat)).orElseThrow().question()).isEqualToIgnoringCase(LONG_GUIDE_QUESTION);
    }

    @Test
    void withoutASearchedQuestionARequestIsTitledByTheResidentsOwnWordsAndATypedTiepGoesToThePerson() {
        String chat = "words-to-the-person";
        settled(chat);
        assertThat(say(chat, LONG_GUIDE_QUESTION).outcome()).isEqualTo(TurnOutcome.ANSWER);
        assertThat(say(chat, "gặp cán bộ").outcome()).isEqualTo(TurnOutcome.ESCALATED);

        assertThat(say(chat, "tiếp ạ").outcome()).as("with a request open the words go to the person, not to the guide")
                .isEqualTo(TurnOutcome.RELAYED);
        String first = activeRequest(chat);
        assertThat(escalations.find(first).orElseThrow().transcript()).extracting(line -> line.text()).contains("tiếp ạ");

        String other = "words-without-a-search";
        settled(other);
        say(other, "gặp cán bộ");
        assertThat(say(other, "hồ sơ nộp tuần trước chưa có kết quả").outcome()).isEqualTo(TurnOutcome.RELAYED);
        conversation.handle(InboundMessage.button(Channel.WEB, other, ResidentEscalations.CANCEL + activeRequest(other)));
        assertThat(say(other, "gặp cán bộ").outcome()).isEqualTo(TurnOutcome.ESCALATED);
        assertThat(escalations.find(activeRequest(other)).orElseThrow().question())
                .isEqualToIgnoringCase("hồ sơ nộp tuần trước chưa có kết quả");
    }

    private void settled(String chat) {
        SettledResidents.settle(residents, chat, SettledResidents.firstHamlet(areas, "Vị Thanh"));
    }

    private String activeRequest(String chat) {
        return residents.seen(Channel.WEB, chat).resident().activeEscalationId();
    }

    private TurnResult say(String chat, String text) {
        return conversation.handle(InboundMessage.text(Channel.WEB, chat, text));
    }

    private static List<String> firstButtons(TurnResult turn) {
        return turn.replies().get(0).buttons().stream().map(Button::label).toList();
    }

    private static String firstText(TurnResult turn) {
        return turn.replies().get(0).markdown();
    }
}
