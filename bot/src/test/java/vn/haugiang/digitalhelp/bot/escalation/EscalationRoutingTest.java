package vn.haugiang.digitalhelp.bot.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.haugiang.digitalhelp.bot.chat.Channel;
import vn.haugiang.digitalhelp.bot.escalation.Escalation.Notification;
import vn.haugiang.digitalhelp.bot.team.TeamMember;

/**
 * Who a request is offered to, and where it goes when nobody takes it: hamlet → commune → admin queue, read
 * from the real team registry on the embedded server.
 */
class EscalationRoutingTest {

    @Test
    void aRequestGoesToTheOnDutyMembersOfTheResidentsHamlet() {
        try (TeamOnMongo team = new TeamOnMongo(TeamOnMongo.MORNING)) {
            TeamMember mine = team.member("Lê Văn Hòa", team.north);
            team.member("Phạm Thị Lan", team.south);

            EscalationRouting.Route route = team.routing().first(team.north.id(), team.north.communeId(), TeamOnMongo.MORNING);

            assertThat(route.level()).isEqualTo(RoutingLevel.HAMLET);
            assertThat(route.members()).extracting(TeamMember::id).containsExactly(mine.id());
            assertThat(route.widenAt()).isEqualTo(TeamOnMongo.MORNING.plus(Duration.ofMinutes(15)));
            assertThat(route.notifications()).singleElement().satisfies(n -> {
                assertThat(n.chatId()).isEqualTo(mine.telegramChatId());
                assertThat(n.sent()).isFalse();
            });
        }
    }

    @Test
    void aHamletWithNobodyOnDutyWidensToTheCommuneAtOnce() {
        try (TeamOnMongo team = new TeamOnMongo(TeamOnMongo.MORNING)) {
            TeamMember neighbour = team.member("Phạm Thị Lan", team.south);
            TeamMember away = team.member("Lê Văn Hòa", team.north);
            team.members.setAway(away.id(), true);

            EscalationRouting.Route route = team.routing().first(team.north.id(), team.north.communeId(), TeamOnMongo.MORNING);

            assertThat(route.level()).isEqualTo(RoutingLevel.COMMUNE);
            assertThat(route.members()).extracting(TeamMember::id).containsExactly(neighbour.id());
        }
    }

    @Test
    void withNobodyInTheCommuneOrNoHamletTheRequestGoesToTheAdminQueue() {
        try (TeamOnMongo team = new TeamOnMongo(TeamOnMongo.MORNING)) {
            EscalationRouting routing = team.routing();
            assertThat(routing.first(team.north.id(), team.north.communeId(), TeamOnMongo.MORNING))
                    .isEqualTo(EscalationRouting.Route.adminQueue());

            team.member("Lê Văn Hòa", team.north);
            assertThat(routing.first(null, null, TeamOnMongo.MORNING).level()).isEqualTo(RoutingLevel.ADMIN_QUEUE);
        }
    }

    @Test
    void leavingOutTheFormerHolderFallsBackToTheCommune() {
        try (TeamOnMongo team = new TeamOnMongo(TeamOnMongo.MORNING)) {
            TeamMember holder = team.member("Lê Văn Hòa", team.north);
            TeamMember neighbour = team.member("Phạm Thị Lan", team.south);

            EscalationRouting.Route route = team.routing().firstWithout(team.north.id(), team.north.communeId(),
                    Set.of(holder.id()), TeamOnMongo.MORNING);

            assertThat(route.level()).isEqualTo(RoutingLevel.COMMUNE);
            assertThat(route.members()).extracting(TeamMember::id).containsExactly(neighbour.id());
        }
    }

    @Test
    void outsideDutyHoursTheHamletsMembersAreToldAndTheDeadlineCountsFromDutyStart() {
        Instant night = Instant.parse("2026-11-30T16:00:00Z"); // 23:00 local
        try (TeamOnMongo team = new TeamOnMongo(night)) {
            TeamMember mine = team.member("Lê Văn Hòa", team.north);
            team.member("Võ Văn Tâm", team.south); // of the commune, not the hamlet: could not take a hamlet request

            EscalationRouting.Route route = team.routing().first(team.north.id(), team.north.communeId(), night);

            assertThat(route.level()).isEqualTo(RoutingLevel.HAMLET);
            assertThat(route.members()).extracting(TeamMember::id).containsExactly(mine.id());
            assertThat(route.dutyStarts()).isPresent();
            assertThat(route.widenAt()).isEqualTo(Instant.parse("2026-12-01T00:15:00Z"));
        }
    }

    @Test
    void outsideDutyHoursAHamletWithoutMembersHasTheCommunesTold() {
        Instant night = Instant.parse("2026-11-30T16:00:00Z"); // 23:00 local
        try (TeamOnMongo team = new TeamOnMongo(night)) {
            TeamMember neighbour = team.member("Võ Văn Tâm", team.south);

            EscalationRouting.Route route = team.routing().first(team.north.id(), team.north.communeId(), night);

            assertThat(route.level()).isEqualTo(RoutingLevel.COMMUNE);
            assertThat(route.members()).extracting(TeamMember::id).containsExactly(neighbour.id());
            assertThat(route.dutyStarts()).isPresent();
        }
    }

    @Test
    void anUnclaimedHamletRequestWidensToTheCommuneMembersNotYetToldThenToTheAdmins() {
        try (TeamOnMongo team = new TeamOnMongo(TeamOnMongo.MORNING)) {
            TeamMember mine = team.member("Lê Văn Hòa", team.north);
            TeamMember neighbour = team.member("Phạm Thị Lan", team.south);
            EscalationRouting routing = team.routing();
            Escalation atHamlet = request(team, RoutingLevel.HAMLET, List.of(Notification.pending(mine.id(), "c1")));

            EscalationRouting.Route next = routing.next(atHamlet, TeamOnMongo.MORNING);
            assertThat(next.level()).isEqualTo(RoutingLevel.COMMUNE);
            assertThat(next.members()).extracting(TeamMember::id).containsExactly(neighbour.id());

            Escalation everyoneTold = request(team, RoutingLevel.HAMLET, List.of(Notification.pending(mine.id(), "c1"),
                    Notification.pending(neighbour.id(), "c2")));
            assertThat(routing.next(everyoneTold, TeamOnMongo.MORNING).level()).isEqualTo(RoutingLevel.ADMIN_QUEUE);
            Escalation atCommune = request(team, RoutingLevel.COMMUNE, List.of());
            assertThat(routing.next(atCommune, TeamOnMongo.MORNING).level()).isEqualTo(RoutingLevel.ADMIN_QUEUE);
        }
    }

    /** An open request of the north hamlet, not stored. */
    static Escalation request(TeamOnMongo team, RoutingLevel level, List<Notification> notifications) {
        Instant now = TeamOnMongo.MORNING;
        return new Escalation(Escalations.newId(), "resident-1", Channel.WEB, "web-1", team.north.communeId(),
                team.north.id(), "không đăng nhập được VNeID", List.of(), List.of(), null, EscalationStatus.OPEN, level,
                notifications, now.plus(Duration.ofMinutes(15)), null, null, null, null, now, null, null,
                List.of(new Escalation.Change(now, "resident", "opened", level.name())));
    }
}
