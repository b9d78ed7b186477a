package vn.haugiang.digitalhelp.app.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.haugiang.digitalhelp.bot.chat.Reply;
import vn.haugiang.digitalhelp.bot.escalation.Escalation;
import vn.haugiang.digitalhelp.bot.escalation.EscalationRouting;
import vn.haugiang.digitalhelp.bot.escalation.EscalationWidening;
import vn.haugiang.digitalhelp.bot.escalation.NotificationDispatcher;
import vn.haugiang.digitalhelp.bot.escalation.RoutingLevel;
import vn.haugiang.digitalhelp.bot.resident.Resident;
import vn.haugiang.digitalhelp.bot.team.TeamMember;

/**
 * Where a stored request goes: the hamlet's member, else the commune, else the admin queue; widening when
 * nobody claims in time, once even with two schedulers; outside duty hours, when someone will reply.
 */
class RoutingAndWideningTest extends EscalationServiceTest {

    @Autowired
    EscalationRouting routing;
    @Autowired
    EscalationWidening widening;
    @Autowired
    NotificationDispatcher dispatcher;

    @Test
    void goesToTheHamletsOwnMemberWhenOneIsOnDuty() {
        TeamMember mine = member("Lê Văn Hòa", north);
        member("Phạm Thị Lan", south);
        Escalation request = open(residentOf(north));
        assertThat(request.level()).isEqualTo(RoutingLevel.HAMLET);
        assertThat(request.notifications()).extracting(Escalation.Notification::memberId).containsExactly(mine.id());
    }

    @Test
    void goesToTheCommuneWhenTheHamletHasNobodyOnDuty() {
        TeamMember neighbour = member("Phạm Thị Lan", south);
        Escalation request = open(residentOf(north));
        assertThat(request.level()).isEqualTo(RoutingLevel.COMMUNE);
        assertThat(request.notifications()).extracting(Escalation.Notification::memberId).containsExactly(neighbour.id());
    }

    @Test
    void goesToTheAdminQueueWhenTheCommuneHasNobody() {
        Escalation request = open(residentOf(north));
        assertThat(request.level()).isEqualTo(RoutingLevel.ADMIN_QUEUE);
        assertThat(request.notifications()).isEmpty();
        assertThat(request.widenAt()).isNull();
    }

    @Test
    void unclaimedRequestsWidenToTheCommuneThenTheAdminQueue() {
        member("Lê Văn Hòa", north);
        TeamMember neighbour = member("Phạm Thị Lan", south);
        Escalation request = open(residentOf(north));
        assertThat(request.level()).isEqualTo(RoutingLevel.HAMLET);

        clock.advance(Duration.ofMinutes(14));
        widening.widenOverdue();
        assertThat(reload(request).level()).isEqualTo(RoutingLevel.HAMLET);

        clock.advance(Duration.ofMinutes(2));
        widening.widenOverdue();
        Escalation widened = reload(request);
        assertThat(widened.level()).isEqualTo(RoutingLevel.COMMUNE);
        assertThat(widened.notifications()).extracting(Escalation.Notification::memberId).contains(neighbour.id());

        clock.advance(Duration.ofMinutes(16));
        widening.widenOverdue();
        Escalation atAdmins = reload(request);
        assertThat(atAdmins.level()).isEqualTo(RoutingLevel.ADMIN_QUEUE);
        assertThat(atAdmins.history()).extracting(Escalation.Change::event)
                .containsExactly("opened", "widened", "widened");
    }

    @Test
    void outsideDutyHoursTheResidentIsToldWhenSomeoneWillReply() {
        member("Lê Văn Hòa", north);
        clock.set(Instant.parse("2026-11-30T16:00:00Z")); // 23:00 local
        Resident resident = residentOf(north);
        List<Reply> replies = requests.open(resident, "quên mật khẩu VNeID", List.of(), List.of()).replies();
        assertThat(replies.get(0).markdown()).contains("ngoài giờ trực").contains("07:00 ngày 01/12");
        Escalation request = escalations.find(residents.find(resident.id()).orElseThrow().activeEscalationId()).orElseThrow();
        assertThat(request.widenAt()).isEqualTo(Instant.parse("2026-12-01T00:15:00Z"));
    }

    @Test
    void withTwoSchedulerInstancesARequestWidensOnce() throws Exception {
        member("Lê Văn Hòa", north);
        member("Phạm Thị Lan", south);
        Escalation request = open(residentOf(north));
        clock.advance(Duration.ofMinutes(16));
        int due = escalations.dueForWidening(clock.instant(), 1000).size();
        assertThat(due).isGreaterThanOrEqualTo(1);
        EscalationWidening otherInstance = new EscalationWidening(escalations, routing, dispatcher, clock);
        assertThat(bothAtOnce(() -> widening.widenOverdue(), () -> otherInstance.widenOverdue()))
                .as("every due request widened by exactly one instance").isEqualTo(due);
        Escalation widened = reload(request);
        assertThat(widened.level()).isEqualTo(RoutingLevel.COMMUNE);
        assertThat(widened.history()).filteredOn(c -> c.event().equals("widened")).hasSize(1);
    }
}
