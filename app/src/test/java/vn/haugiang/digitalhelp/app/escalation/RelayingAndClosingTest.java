package vn.haugiang.digitalhelp.app.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import vn.haugiang.digitalhelp.bot.chat.Channel;
import vn.haugiang.digitalhelp.bot.chat.InboundMessage;
import vn.haugiang.digitalhelp.bot.chat.Reply;
import vn.haugiang.digitalhelp.bot.chat.TurnOutcome;
import vn.haugiang.digitalhelp.bot.chat.TurnResult;
import vn.haugiang.digitalhelp.bot.conversation.Conversation;
import vn.haugiang.digitalhelp.bot.escalation.Escalation;
import vn.haugiang.digitalhelp.bot.escalation.EscalationAdministration;
import vn.haugiang.digitalhelp.bot.escalation.EscalationStatus;
import vn.haugiang.digitalhelp.bot.escalation.MemberDesk;
import vn.haugiang.digitalhelp.bot.resident.Resident;
import vn.haugiang.digitalhelp.bot.team.TeamMember;

/**
 * A web chat visitor helped by a member on Telegram: the channel of the resident is whatever they asked from.
 * Claiming, relaying and closing, whoever does it (member, resident, official), leave the same traces: the
 * resident is told on their channel, and "whose request is it" is kept on the member and the resident.
 */
class RelayingAndClosingTest extends EscalationServiceTest {

    @Autowired
    MemberDesk memberDesk;
    @Autowired
    Conversation conversation;
    @Autowired
    EscalationAdministration administration;

    @Test
    void aWebVisitorIsToldWhoHelpsGetsTheMembersWordsAndIsAskedForARating() {
        TeamMember member = member("Lê Văn Hòa", north);
        Resident resident = residentOf(north);
        Escalation request = open(resident);

        press(member, "claim:" + request.id());
        Document claimed = lastWebMessage(resident);
        assertThat(claimed.getString("markdown")).contains("Hòa (Tổ công nghệ số cộng đồng) đang hỗ trợ bạn");
        assertThat(claimed.getList("buttons", Document.class)).extracting(b -> b.getString("action"))
                .containsExactly("cancel:" + request.id());
        assertThat(members.find(member.id()).orElseThrow().activeEscalationId()).isEqualTo(request.id());

        memberDesk.handle(InboundMessage.text(Channel.TELEGRAM, member.telegramChatId(), "Chiều nay anh ghé nhà em nhé"));
        assertThat(webOutboxOf(resident)).last().asString().isEqualTo("Hòa: Chiều nay anh ghé nhà em nhé");
        assertThat(reload(request).transcript()).extracting(Escalation.Line::speaker).containsExactly(Escalation.Speaker.MEMBER);

        assertThat(memberDesk.handle(InboundMessage.text(Channel.TELEGRAM, member.telegramChatId(), "/xong"))
                .orElseThrow().get(0).markdown()).contains("Đã đánh dấu xong");
        assertThat(lastWebMessage(resident).getString("markdown")).contains("chấm điểm");
        assertThat(reload(request).status()).isEqualTo(EscalationStatus.RESOLVED);
        assertThat(members.find(member.id()).orElseThrow().activeEscalationId()).isNull();
        assertThat(current(resident).activeEscalationId()).isNull();
    }

    @Test
    void aStickerOrALocationIsNotPassedOnAsAnEmptyLineAndTheResidentIsAskedForWords() {
        TeamMember member = member("Lê Văn Hòa", north);
        Resident resident = residentOf(north);
        Escalation request = open(resident);
        press(member, "claim:" + request.id());

        TurnResult sticker = conversation.handle(InboundMessage.nonText(Channel.WEB, resident.chatId()));

        assertThat(sticker.outcome()).isEqualTo(TurnOutcome.UNREADABLE);
        assertThat(sticker.replies().get(0).markdown()).contains("gõ");
        assertThat(reload(request).transcript()).isEmpty();
    }

    @Test
    void aResidentHelpedFromTheConsoleIsToldThePhotoCannotBeSeenThere() {
        Resident resident = residentOf(north);
        Escalation request = open(resident);
        administration.claim(request.id(), "quan");

        List<Reply> replies = requests.write(reload(request), InboundMessage.voice(Channel.TELEGRAM, resident.chatId(), "55"));

        assertThat(replies).singleElement().satisfies(reply -> assertThat(reply.markdown())
                .contains("chưa xem được ảnh hay tin nhắn thoại").contains("mô tả bằng chữ"));
        assertThat(requests.write(reload(request), InboundMessage.text(Channel.WEB, resident.chatId(), "em vẫn chờ ạ")))
                .as("words reach the console's transcript").isEmpty();
        assertThat(reload(request).transcript()).extracting(Escalation.Line::text).contains("em vẫn chờ ạ");
    }

    @Test
    void aMemberHelpingOneResidentCannotBeGivenAnotherRequestFromTheConsole() {
        TeamMember member = member("Lê Văn Hòa", north);
        Escalation helping = open(residentOf(north));
        Escalation other = open(residentOf(north));
        press(member, "claim:" + helping.id());

        assertThatThrownBy(() -> administration.assign(other.id(), member.id(), "quantri"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("đang giúp yêu cầu " + helping.reference());

        assertThat(reload(other).status()).isEqualTo(EscalationStatus.OPEN);
        assertThat(members.find(member.id()).orElseThrow().activeEscalationId()).as("their words still go to the first")
                .isEqualTo(helping.id());
    }

    @Test
    void aMemberWhoHandsBackLeavesTheResidentWithTheBotAndAResidentWhoCancelsFreesTheMember() {
        TeamMember member = member("Lê Văn Hòa", north);
        Resident first = residentOf(north);
        Escalation handedBack = open(first);
        press(member, "claim:" + handedBack.id());
        press(member, "return:" + handedBack.id());
        assertThat(reload(handedBack).status()).isEqualTo(EscalationStatus.RETURNED);
        assertThat(webOutboxOf(first)).last().asString().contains("chuyển bạn lại cho trợ lý");
        assertThat(current(first).activeEscalationId()).isNull();

        Resident second = residentOf(north);
        Escalation cancelled = open(second);
        press(member, "claim:" + cancelled.id());
        assertThat(members.find(member.id()).orElseThrow().activeEscalationId()).isEqualTo(cancelled.id());
        assertThat(requests.cancel(current(second), cancelled.id()).get(0).markdown()).contains("Đã hủy yêu cầu");
        assertThat(members.find(member.id()).orElseThrow().activeEscalationId()).isNull();
        assertThat(current(second).activeEscalationId()).isNull();
    }

    @Test
    void anOfficialWhoTakesAndClosesARequestWithoutAnsweringToldTheResidentSoAndAReassignmentMovesTheRequest() {
        Resident resident = residentOf(north);
        Escalation unanswered = open(resident);
        administration.claim(unanswered.id(), "quan");
        assertThat(webOutboxOf(resident)).last().asString().contains("Cán bộ đã nhận yêu cầu");
        administration.resolve(unanswered.id(), "quan", "đã gọi điện");
        assertThat(webOutboxOf(resident)).last().asString().contains("Cán bộ đã đóng yêu cầu");
        assertThat(current(resident).activeEscalationId()).isNull();

        TeamMember first = member("Lê Văn Hòa", north);
        TeamMember second = member("Võ Văn Tâm", north);
        Resident another = residentOf(north);
        Escalation moved = open(another);
        press(first, "claim:" + moved.id());
        administration.assign(moved.id(), second.id(), "quan");
        assertThat(reload(moved).claimedBy()).isEqualTo(second.id());
        assertThat(members.find(first.id()).orElseThrow().activeEscalationId()).isNull();
        assertThat(members.find(second.id()).orElseThrow().activeEscalationId()).isEqualTo(moved.id());
        assertThat(webOutboxOf(another)).last().asString().contains("Tâm (Tổ công nghệ số cộng đồng) đang hỗ trợ bạn");
    }

    private void press(TeamMember member, String action) {
        memberDesk.handle(InboundMessage.button(Channel.TELEGRAM, member.telegramChatId(), action)).orElseThrow();
    }

    private Document lastWebMessage(Resident resident) {
        List<Document> messages = mongo.find(Query.query(Criteria.where("sessionId").is(resident.chatId()))
                .with(Sort.by(Sort.Direction.DESC, "at", "_id")).limit(1), Document.class, "web_outbox");
        assertThat(messages).isNotEmpty();
        return messages.get(0);
    }
}
