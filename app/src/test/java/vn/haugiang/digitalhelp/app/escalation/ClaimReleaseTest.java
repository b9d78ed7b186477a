package vn.haugiang.digitalhelp.app.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import vn.haugiang.digitalhelp.admin.audit.AuditEntry;
import vn.haugiang.digitalhelp.admin.teams.TeamMemberChanges;
import vn.haugiang.digitalhelp.bot.BotProperties;
import vn.haugiang.digitalhelp.bot.chat.Channel;
import vn.haugiang.digitalhelp.bot.chat.InboundMessage;
import vn.haugiang.digitalhelp.bot.chat.Reply;
import vn.haugiang.digitalhelp.bot.delivery.Outbox;
import vn.haugiang.digitalhelp.bot.delivery.OutboxEntry;
import vn.haugiang.digitalhelp.bot.escalation.ClaimRelease;
import vn.haugiang.digitalhelp.bot.escalation.Escalation;
import vn.haugiang.digitalhelp.bot.escalation.Escalation.Notification;
import vn.haugiang.digitalhelp.bot.escalation.EscalationStatus;
import vn.haugiang.digitalhelp.bot.escalation.IdleClaims;
import vn.haugiang.digitalhelp.bot.escalation.MemberDesk;
import vn.haugiang.digitalhelp.bot.resident.Resident;
import vn.haugiang.digitalhelp.bot.team.TeamMember;

/**
 * Nothing stays stranded with a member: deactivating them returns their requests to the queue and withdraws
 * what was still waiting for them; a claim with nothing relayed for {@code idle-claim-timeout} (2h here)
 * returns to the queue, once even with two instances; a message from its holder in time keeps it, the resident's own
 * messages to a holder gone quiet do not.
 */
class ClaimReleaseTest extends EscalationServiceTest {

    @Autowired
    MemberDesk memberDesk;
    @Autowired
    TeamMemberChanges teamChanges;
    @Autowired
    IdleClaims idleClaims;
    @Autowired
    ClaimRelease claimRelease;
    @Autowired
    BotProperties properties;
    @Autowired
    Outbox outbox;

    @Test
    void deactivatingAMemberReturnsTheirRequestToTheQueueAndWithdrawsWhatWaitedForThem() {
        TeamMember leaving = member("Lê Văn Hòa", north);
        TeamMember staying = member("Võ Văn Tâm", north);
        Resident resident = residentOf(north);
        Escalation request = open(resident);
        claim(leaving, request);
        Escalation otherRequest = open(residentOf(north)); // its notice to the leaving member is not sent yet
        outbox.send(Channel.TELEGRAM, leaving.telegramChatId(), Reply.of("tin chờ gửi"));
        outbox.send(Channel.TELEGRAM, staying.telegramChatId(), Reply.of("tin chờ gửi"));

        teamChanges.deactivate(leaving.id(), "quan");

        Escalation released = reload(request);
        assertThat(released.status()).isEqualTo(EscalationStatus.OPEN);
        assertThat(released.claimedBy()).isNull();
        assertThat(released.history()).last().satisfies(change -> {
            assertThat(change.event()).isEqualTo("released");
            assertThat(change.actor()).isEqualTo("admin:quan");
            assertThat(change.detail()).isEqualTo("holder_deactivated");
        });
        assertThat(released.notifications()).filteredOn(n -> n.memberId().equals(staying.id()))
                .singleElement().satisfies(n -> assertThat(n.gaveUp()).isFalse());
        assertThat(released.notifications()).filteredOn(n -> n.memberId().equals(leaving.id()))
                .allSatisfy(n -> assertThat(n.sent() || n.gaveUp()).isTrue());
        assertThat(reload(otherRequest).notifications()).filteredOn(n -> n.memberId().equals(leaving.id()))
                .singleElement().satisfies(n -> assertThat(n.gaveUp()).isTrue());
        assertThat(webOutboxOf(resident)).last().asString().contains("đang chờ người khác nhận");
        assertThat(members.find(leaving.id()).orElseThrow().activeEscalationId()).isNull();
        assertThat(pendingTo(leaving.telegramChatId())).isZero();
        assertThat(pendingTo(staying.telegramChatId())).isOne();
        assertThat(mongo.find(Query.query(Criteria.where("objectId").is(leaving.id())), AuditEntry.class))
                .extracting(AuditEntry::action).containsExactly("member.deactivate");

        List<Reply> taken = memberDesk.handle(InboundMessage.button(Channel.TELEGRAM, staying.telegramChatId(),
                "claim:" + request.id())).orElseThrow();
        assertThat(taken.get(0).markdown()).contains("Bạn đã nhận yêu cầu");
        assertThat(reload(request).claimedBy()).isEqualTo(staying.id());
    }

    @Test
    void aClaimWhoseHolderWroteNothingForTheIdleTimeReturnsToTheQueueWithoutItsHolder() {
        TeamMember holder = member("Lê Văn Hòa", north);
        TeamMember other = member("Võ Văn Tâm", north);
        Resident resident = residentOf(north);
        Escalation request = open(resident);
        claim(holder, request);

        clock.advance(Duration.ofHours(1));
        memberDesk.handle(InboundMessage.text(Channel.TELEGRAM, holder.telegramChatId(), "Anh đang xem giúp em"));
        clock.advance(Duration.ofMinutes(30));
        requests.write(reload(request), InboundMessage.text(Channel.WEB, resident.chatId(), "em vẫn chờ ạ"));
        clock.advance(Duration.ofMinutes(60));
        idleClaims.releaseIdle();
        assertThat(reload(request).status()).as("the holder wrote 90 minutes ago").isEqualTo(EscalationStatus.CLAIMED);

        clock.advance(Duration.ofMinutes(31));
        assertThat(idleClaims.releaseIdle()).as("the resident's message 91 minutes ago does not keep it").isPositive();

        Escalation released = reload(request);
        assertThat(released.status()).isEqualTo(EscalationStatus.OPEN);
        assertThat(released.history()).last().satisfies(change -> {
            assertThat(change.event()).isEqualTo("released");
            assertThat(change.actor()).isEqualTo("system");
            assertThat(change.detail()).isEqualTo("idle");
        });
        assertThat(released.notifications()).filteredOn(n -> !n.sent() && !n.gaveUp())
                .extracting(Notification::memberId).containsExactly(other.id());
        assertThat(released.widenAt()).isEqualTo(clock.instant().plus(properties.escalation().claimTimeout()));
        assertThat(members.find(holder.id()).orElseThrow().activeEscalationId()).isNull();
        assertThat(webOutboxOf(resident)).last().asString().contains("đang chờ người khác nhận");
        assertThat(memberDesk.handle(InboundMessage.text(Channel.TELEGRAM, holder.telegramChatId(), "/xong"))
                .orElseThrow().get(0).markdown()).contains("chưa nhận yêu cầu nào");
        idleClaims.releaseIdle();
        assertThat(reload(request).history()).as("an open request is not released again")
                .filteredOn(c -> c.event().equals("released")).hasSize(1);
    }

    @Test
    void withTwoInstancesAnIdleClaimIsReleasedOnce() throws Exception {
        TeamMember holder = member("Lê Văn Hòa", north);
        member("Võ Văn Tâm", north);
        Escalation request = open(residentOf(north));
        claim(holder, request);
        clock.advance(Duration.ofHours(2).plusMinutes(1));
        int due = escalations.quietSince(clock.instant().minus(properties.escalation().idleClaimTimeout()), 1000).size();
        assertThat(due).isGreaterThanOrEqualTo(1);
        IdleClaims otherInstance = new IdleClaims(escalations, claimRelease, properties, clock);
        assertThat(bothAtOnce(() -> idleClaims.releaseIdle(), () -> otherInstance.releaseIdle()))
                .as("every quiet claim released by exactly one instance").isEqualTo(due);
        assertThat(reload(request).history()).filteredOn(c -> c.event().equals("released")).hasSize(1);
    }

    private void claim(TeamMember member, Escalation request) {
        List<Reply> claimed = memberDesk.handle(InboundMessage.button(Channel.TELEGRAM, member.telegramChatId(),
                "claim:" + request.id())).orElseThrow();
        assertThat(claimed.get(0).markdown()).contains("Bạn đã nhận yêu cầu");
    }

    private long pendingTo(String chatId) {
        return mongo.count(Query.query(Criteria.where("chatId").is(chatId).and("state").is(OutboxEntry.State.PENDING)),
                OutboxEntry.class);
    }
}
