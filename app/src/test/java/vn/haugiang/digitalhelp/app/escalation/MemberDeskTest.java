package vn.haugiang.digitalhelp.app.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.haugiang.digitalhelp.bot.chat.Channel;
import vn.haugiang.digitalhelp.bot.chat.InboundMessage;
import vn.haugiang.digitalhelp.bot.chat.Reply;
import vn.haugiang.digitalhelp.bot.conversation.Conversation;
import vn.haugiang.digitalhelp.bot.escalation.Escalation;
import vn.haugiang.digitalhelp.bot.escalation.EscalationStatus;
import vn.haugiang.digitalhelp.bot.escalation.MemberDesk;
import vn.haugiang.digitalhelp.bot.team.JoinCodes;
import vn.haugiang.digitalhelp.bot.team.TeamMember;

/** A member's side: joining with a one-time link, claiming (one winner, own area only), strangers refused. */
class MemberDeskTest extends EscalationServiceTest {

    @Autowired
    MemberDesk memberDesk;
    @Autowired
    JoinCodes joinCodes;
    @Autowired
    Conversation conversation;

    @Test
    void whenTwoMembersClaimAtOnceExactlyOneWins() throws Exception {
        TeamMember first = linked(member("Lê Văn Hòa", north), "7101");
        TeamMember second = linked(member("Võ Văn Tâm", north), "7102");
        Escalation request = open(residentOf(north));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<Reply>>> presses = new ArrayList<>();
            for (TeamMember member : List.of(first, second)) {
                Callable<List<Reply>> press = () -> {
                    start.await();
                    return memberDesk.handle(InboundMessage.button(Channel.TELEGRAM, member.telegramChatId(),
                            "claim:" + request.id())).orElseThrow();
                };
                presses.add(pool.submit(press));
            }
            start.countDown();
            List<String> answers = new ArrayList<>();
            for (Future<List<Reply>> press : presses) {
                answers.add(press.get().get(0).markdown());
            }
            Escalation claimed = reload(request);
            assertThat(claimed.status()).isEqualTo(EscalationStatus.CLAIMED);
            assertThat(claimed.claimedBy()).isIn(first.id(), second.id());
            assertThat(claimed.history()).filteredOn(c -> c.event().equals("claimed")).hasSize(1);
            assertThat(answers).filteredOn(a -> a.contains("Bạn đã nhận yêu cầu")).hasSize(1);
            assertThat(answers).filteredOn(a -> a.contains("đã có " + claimed.claimedByName())).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aMemberCannotTakeARequestOutsideTheirArea() {
        member("Lê Văn Hòa", north);
        TeamMember elsewhere = linked(member("Phạm Thị Lan", south), "7201");
        Escalation request = open(residentOf(north));
        List<Reply> answer = memberDesk.handle(InboundMessage.button(Channel.TELEGRAM, elsewhere.telegramChatId(),
                "claim:" + request.id())).orElseThrow();
        assertThat(answer.get(0).markdown()).contains("không thuộc khu vực");
        assertThat(reload(request).status()).isEqualTo(EscalationStatus.OPEN);
    }

    @Test
    void joinCodesWorkOnceAndExpire() {
        TeamMember member = member("Lê Văn Hòa", north);
        String code = code(joinCodes.issueLink(member.id()));
        assertThat(joinCodes.redeem(code)).contains(member.id());
        assertThat(joinCodes.redeem(code)).isEmpty();

        String late = code(joinCodes.issueLink(member.id()));
        clock.advance(Duration.ofHours(73));
        assertThat(joinCodes.redeem(late)).isEmpty();
        assertThat(joinCodes.redeem("guessed-code")).isEmpty();
    }

    @Test
    void aJoinLinkOfAMemberDeactivatedSinceLinksNothing() {
        TeamMember member = member("Trần Văn Bé", north);
        String link = joinCodes.issueLink(member.id());
        members.deactivate(member.id(), "quantri");
        String chat = "9999002";

        List<Reply> replies = conversation.handle(InboundMessage.text(Channel.TELEGRAM, chat,
                "/start " + link.substring(link.indexOf(JoinCodes.START_PREFIX)))).replies();

        assertThat(replies.get(0).markdown()).contains("không dùng được");
        assertThat(members.find(member.id()).orElseThrow().telegramChatId()).isNull();
    }

    @Test
    void strangersAreRefusedTeamMemberCommandsPolitely() {
        for (String command : List.of("/hangdoi", "/xong", "/tra", "/vang")) {
            List<Reply> replies = conversation.handle(InboundMessage.text(Channel.TELEGRAM, "9999001", command)).replies();
            assertThat(replies.get(0).markdown()).contains("chỉ dành cho thành viên");
        }
        List<Reply> forged = conversation.handle(InboundMessage.button(Channel.TELEGRAM, "9999001", "claim:abc")).replies();
        assertThat(forged.get(0).markdown()).contains("Nút này đã cũ");
    }

    private static String code(String link) {
        return link.substring(link.indexOf(JoinCodes.START_PREFIX) + JoinCodes.START_PREFIX.length());
    }
}
