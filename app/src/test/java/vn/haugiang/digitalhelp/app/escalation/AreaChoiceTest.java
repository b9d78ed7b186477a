package vn.haugiang.digitalhelp.app.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.haugiang.digitalhelp.bot.area.AreaCsvImport;
import vn.haugiang.digitalhelp.bot.chat.Channel;
import vn.haugiang.digitalhelp.bot.chat.InboundMessage;
import vn.haugiang.digitalhelp.bot.chat.Reply;
import vn.haugiang.digitalhelp.bot.conversation.Conversation;
import vn.haugiang.digitalhelp.bot.resident.Resident;

/** The areas requests are routed by: importing them, and a resident choosing theirs. */
class AreaChoiceTest extends EscalationServiceTest {

    @Autowired
    Conversation conversation;

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
    void aQuestionTypedWhileChoosingTheAreaIsAnsweredAsAQuestion() {
        String chat = "area-" + UUID.randomUUID();
        conversation.handle(InboundMessage.text(Channel.WEB, chat, "/khuvuc"));
        var answer = conversation.handle(InboundMessage.text(Channel.WEB, chat, "cai app hau giang tren dien thoai android"));
        assertThat(answer.topic()).isEqualTo("app-install-android");
        assertThat(residents.seen(Channel.WEB, chat).resident().step()).isEqualTo(Resident.DialogStep.NONE);
    }
}
