package vn.haugiang.digitalhelp.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

import vn.haugiang.digitalhelp.app.ServiceTest;
import vn.haugiang.digitalhelp.admin.security.AdminUsers;
import vn.haugiang.digitalhelp.bot.area.AreaDirectory;
import vn.haugiang.digitalhelp.bot.area.Hamlet;
import vn.haugiang.digitalhelp.bot.chat.Channel;
import vn.haugiang.digitalhelp.bot.chat.InboundMessage;
import vn.haugiang.digitalhelp.bot.chat.Reply;
import vn.haugiang.digitalhelp.bot.chat.ResidentMessages;
import vn.haugiang.digitalhelp.bot.chat.ResidentText;
import vn.haugiang.digitalhelp.bot.escalation.Escalation;
import vn.haugiang.digitalhelp.bot.escalation.EscalationStatus;
import vn.haugiang.digitalhelp.bot.escalation.Escalations;
import vn.haugiang.digitalhelp.bot.escalation.MemberDesk;
import vn.haugiang.digitalhelp.bot.escalation.MemberNotices;
import vn.haugiang.digitalhelp.bot.escalation.ResidentEscalations;
import vn.haugiang.digitalhelp.bot.resident.Resident;
import vn.haugiang.digitalhelp.bot.resident.Residents;
import vn.haugiang.digitalhelp.bot.team.DutyHours;
import vn.haugiang.digitalhelp.bot.team.TeamMember;
import vn.haugiang.digitalhelp.bot.team.TeamMembers;

/**
 * Residents' contact details stay with the member helping them: the escalation API returns views without
 * chat ids or phone numbers, only the claimant's notice shows the phone, and a member holds one request
 * at a time.
 */
@ServiceTest
class EscalationSafetyTest {

    private static final String PHONE = "+84900000555";

    @LocalServerPort
    int port;
    @Autowired
    AdminUsers users;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    AreaDirectory areas;
    @Autowired
    Residents residents;
    @Autowired
    ResidentEscalations requests;
    @Autowired
    Escalations escalations;
    @Autowired
    TeamMembers members;
    @Autowired
    MemberDesk memberDesk;
    @Autowired
    MemberNotices notices;
    @Autowired
    ResidentMessages messages;

    private Hamlet hamlet;

    @BeforeEach
    void setUp() {
        AdminAccounts.ensureOtherRoles(users, passwords, areas);
        String communeId = areas.communeByName(AdminAccounts.COMMUNE_NAME).orElseThrow().id();
        hamlet = areas.hamlets(communeId, "", 0, 1).items().get(0);
    }

    @Test
    void aCommuneUsersEscalationJsonHoldsNoChatIdOrPhone() {
        String residentChat = "4" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L);
        Escalation escalation = openFor(residentChat);
        escalations.sharePhone(escalation.id(), escalation.residentId(), PHONE, Instant.now());

        HttpResponse<String> list = commune().get("/api/admin/escalations");
        HttpResponse<String> one = commune().get("/api/admin/escalations/" + escalation.id());

        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains(escalation.id());
        for (HttpResponse<String> response : List.of(list, one)) {
            assertThat(response.body()).doesNotContain(residentChat).doesNotContain(PHONE).doesNotContain("chatId")
                    .doesNotContain(escalation.residentId()).doesNotContain("\"phone\"");
        }
        assertThat(one.body()).contains("\"phoneShared\":true");
    }

    @Test
    void onlyTheClaimantsNoticeShowsThePhone() {
        Escalation escalation = openFor("4" + Math.abs(UUID.randomUUID().getLeastSignificantBits() % 1_000_000_000L));
        Escalation withPhone = escalations.sharePhone(escalation.id(), escalation.residentId(), PHONE, Instant.now())
                .orElseThrow();

        assertThat(notices.notice(withPhone).markdown()).doesNotContain(PHONE);
        assertThat(notices.taken(withPhone).markdown()).doesNotContain(PHONE);
        assertThat(notices.claimed(withPhone).markdown()).contains(PHONE);
    }

    @Test
    void aMemberHoldsOneRequestAtATime() {
        String memberChat = "6" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L);
        TeamMember member = members.linkTelegram(members.register("Chị Năm", "0900000005", List.of(hamlet.id()),
                DutyHours.parse("00:00-23:59")).id(), memberChat);
        Escalation first = openFor("4" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L));
        Escalation second = openFor("4" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L));

        memberDesk.handle(InboundMessage.button(Channel.TELEGRAM, memberChat, "claim:" + first.id()));
        List<Reply> refused = memberDesk.handle(InboundMessage.button(Channel.TELEGRAM, memberChat,
                "claim:" + second.id())).orElseThrow();

        assertThat(refused.get(0).markdown()).isEqualTo(messages.format(ResidentText.MEMBER_FINISH_FIRST, first.reference()));
        assertThat(refused.get(0).buttons()).extracting(button -> button.action())
                .containsExactly("resolve:" + first.id(), "return:" + first.id());
        assertThat(escalations.find(second.id()).orElseThrow().status()).isEqualTo(EscalationStatus.OPEN);
        assertThat(members.find(member.id()).orElseThrow().activeEscalationId()).isEqualTo(first.id());
    }

    private Escalation openFor(String chat) {
        Resident resident = residents.seen(Channel.TELEGRAM, chat).resident();
        resident = residents.settle(resident.id(), hamlet.communeId(), hamlet.id());
        ResidentEscalations.Opening opening = requests.open(resident, "không vào được VNeID", List.of(), List.of());
        assertThat(opening.opened()).isTrue();
        return escalations.find(opening.escalationId()).orElseThrow();
    }

    private AdminHttp commune() {
        return AdminHttp.basic(port, AdminAccounts.COMMUNE, AdminAccounts.PASSWORD);
    }
}
