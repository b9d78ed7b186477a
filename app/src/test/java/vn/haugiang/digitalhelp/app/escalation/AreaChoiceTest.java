package vn.haugiang.digitalhelp.app.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.haugiang.digitalhelp.bot.area.AreaCsvImport;
import vn.haugiang.digitalhelp.bot.area.Commune;
import vn.haugiang.digitalhelp.bot.chat.Button;
import vn.haugiang.digitalhelp.bot.chat.Channel;
import vn.haugiang.digitalhelp.bot.chat.InboundMessage;
import vn.haugiang.digitalhelp.bot.chat.Reply;
import vn.haugiang.digitalhelp.bot.chat.ResidentMessages;
import vn.haugiang.digitalhelp.bot.chat.ResidentText;
import vn.haugiang.digitalhelp.bot.chat.TurnOutcome;
import vn.haugiang.digitalhelp.bot.conversation.Conversation;
import vn.haugiang.digitalhelp.bot.resident.Resident;

/** The areas requests are routed by: importing them, and a resident choosing theirs (and choosing again). */
class AreaChoiceTest extends EscalationServiceTest {

    @Autowired
    Conversation conversation;
    @Autowired
    ResidentMessages messages;

    @Test
    void aCsvWithABadRowImportsNothingAndSaysWhichRow() {
        String commune = "Xã Lỗi " + UUID.randomUUID().toString().substring(0, 8);
        AreaCsvImport.Report report = areaImport.importCsv("commune,hamlet,households\n"
                + commune + ",Ấp 1,120\n" + commune + ",Ấp 2,nhiều\n" + commune + ",Ấp 3,90\n");
        assertThat(report.imported()).isFalse();
        assertThat(report.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.message()).contains("Số hộ");
        });
        assertThat(areas.communes(commune, 0, 5).items()).isEmpty();
    }

    @Test
    void aResidentFindsTheirAreaByTypingItWithoutDiacritics() {
        String chat = "area-" + UUID.randomUUID();
        List<Reply> asked = conversation.handle(InboundMessage.text(Channel.WEB, chat, "/khuvuc")).replies();
        assertThat(asked.get(0).buttons()).isNotEmpty();
        List<Reply> hamlets = conversation.handle(InboundMessage.text(Channel.WEB, chat, "vi tan")).replies();
        assertThat(hamlets.get(0).markdown()).contains("Vị Tân");
        List<Reply> saved = conversation.handle(InboundMessage.text(Channel.WEB, chat, "khu vuc 2")).replies();
        assertThat(saved.get(0).markdown()).contains("Đã ghi nhận").contains("Khu vực 2, Vị Tân");
        Resident resident = residents.seen(Channel.WEB, chat).resident();
        assertThat(areas.hamlet(resident.hamletId()).orElseThrow().name()).isEqualTo("Khu vực 2");
    }

    @Test
    void aResidentWhoChoosesTheCommuneAgainByTypingItsNameGetsItsHamletsAndThenTheirRequest() {
        String chat = "area-" + UUID.randomUUID();
        Commune right = areas.commune(north.communeId()).orElseThrow();
        assertThat(conversation.handle(InboundMessage.text(Channel.WEB, chat, "gặp người")).outcome())
                .as("asked where the resident lives first").isEqualTo(TurnOutcome.COMMAND);
        List<Reply> hamletsOfWrong = conversation.handle(InboundMessage.text(Channel.WEB, chat, "Vị Thanh")).replies();
        assertThat(hamletsOfWrong.get(0).markdown()).contains("Vị Thanh");
        String chooseAgain = hamletsOfWrong.get(0).buttons().stream()
                .filter(button -> button.label().equals(messages.get(ResidentText.BUTTON_CHANGE_AREA)))
                .map(Button::action).findFirst().orElseThrow();
        conversation.handle(InboundMessage.button(Channel.WEB, chat, chooseAgain));

        List<Reply> hamletsOfRight = conversation.handle(InboundMessage.text(Channel.WEB, chat, right.name())).replies();

        assertThat(hamletsOfRight.get(0).markdown()).as("the hamlets of the commune typed")
                .isEqualTo(messages.format(ResidentText.AREA_ASK_HAMLET, right.name()));
        assertThat(conversation.handle(InboundMessage.text(Channel.WEB, chat, north.name())).outcome())
                .as("the request the resident asked for").isEqualTo(TurnOutcome.ESCALATED);
    }

    @Test
    void aQuestionTypedWhileChoosingTheAreaIsAnsweredAsAQuestion() {
        String chat = "area-" + UUID.randomUUID();
        conversation.handle(InboundMessage.text(Channel.WEB, chat, "/khuvuc"));
        var answer = conversation.handle(InboundMessage.text(Channel.WEB, chat, "cai app hau giang tren dien thoai android"));
        assertThat(answer.topic()).isEqualTo("app-install-android");
        assertThat(residents.seen(Channel.WEB, chat).resident().step()).isEqualTo(Resident.DialogStep.NONE);
    }
}
