package vn.haugiang.digitalhelp.bot.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.haugiang.digitalhelp.bot.escalation.Escalation.Notification;
import vn.haugiang.digitalhelp.bot.escalation.EscalationReleased.Reason;
import vn.haugiang.digitalhelp.bot.team.TeamMember;

/**
 * The conditional updates that keep two instances (or a job and a member) from both changing a request:
 * widening once, releasing a quiet claim once and never after a message, withdrawing one member's notices.
 */
class EscalationStateChangesTest {

    private static final Instant MORNING = TeamOnMongo.MORNING;

    @Test
    void aRequestWidensOnceWhenTwoSchedulersSeeItDue() {
        try (TeamOnMongo team = new TeamOnMongo(MORNING)) {
            TeamMember mine = team.member("Lê Văn Hòa", team.north);
            TeamMember neighbour = team.member("Phạm Thị Lan", team.south);
            Escalation stored = team.escalations.insert(EscalationRoutingTest.request(team, RoutingLevel.HAMLET,
                    List.of(Notification.pending(mine.id(), mine.telegramChatId()))));
            Instant late = MORNING.plus(Duration.ofMinutes(16));
            assertThat(team.escalations.dueForWidening(late, 10)).extracting(Escalation::id).containsExactly(stored.id());
            EscalationRouting.Route next = team.routing().next(stored, late);

            assertThat(team.escalations.widen(stored, next.level(), next.notifications(), next.widenAt(), late)).isPresent();
            assertThat(team.escalations.widen(stored, next.level(), next.notifications(), next.widenAt(), late)).isEmpty();

            Escalation widened = team.escalations.find(stored.id()).orElseThrow();
            assertThat(widened.level()).isEqualTo(RoutingLevel.COMMUNE);
            assertThat(widened.notifications()).extracting(Notification::memberId).containsExactly(mine.id(), neighbour.id());
            assertThat(widened.history()).extracting(Escalation.Change::event).containsExactly("opened", "widened");
        }
    }

    @Test
    void aQuietClaimIsReleasedOnceAndOfferedAnewWithoutItsHolder() {
        try (TeamOnMongo team = new TeamOnMongo(MORNING)) {
            TeamMember holder = team.member("Lê Văn Hòa", team.north);
            TeamMember other = team.member("Võ Văn Tâm", team.north);
            Escalation held = claimed(team, holder, List.of(Notification.pending(holder.id(), holder.telegramChatId()),
                    Notification.pending(other.id(), other.telegramChatId())));
            Instant cutoff = MORNING.plus(Duration.ofMinutes(1));
            assertThat(team.escalations.quietSince(cutoff, 10)).extracting(Escalation::id).containsExactly(held.id());
            EscalationRouting.Route route = team.routing().firstWithout(team.north.id(), team.north.communeId(),
                    Set.of(holder.id()), cutoff);

            assertThat(team.escalations.release(held, cutoff, route, Reason.IDLE, "system", cutoff)).isPresent();
            assertThat(team.escalations.release(held, cutoff, route, Reason.IDLE, "system", cutoff))
                    .as("the second instance finds it open already").isEmpty();

            Escalation open = team.escalations.find(held.id()).orElseThrow();
            assertThat(open.status()).isEqualTo(EscalationStatus.OPEN);
            assertThat(open.claimedBy()).isNull();
            assertThat(open.level()).isEqualTo(RoutingLevel.HAMLET);
            assertThat(open.widenAt()).isEqualTo(cutoff.plus(Duration.ofMinutes(15)));
            assertThat(open.notifications()).filteredOn(n -> n.memberId().equals(other.id()))
                    .singleElement().satisfies(n -> assertThat(n.waiting()).isTrue());
            assertThat(open.notifications()).filteredOn(n -> n.memberId().equals(holder.id()))
                    .singleElement().satisfies(n -> assertThat(n.gaveUp()).isTrue());
            assertThat(open.history()).last().satisfies(change -> {
                assertThat(change.event()).isEqualTo("released");
                assertThat(change.actor()).isEqualTo("system");
                assertThat(change.detail()).isEqualTo("idle");
            });
            assertThat(team.events).filteredOn(EscalationReleased.class::isInstance).singleElement()
                    .isEqualTo(new EscalationReleased(open, holder.id(), Reason.IDLE));
        }
    }

    @Test
    void aLineOfTheHolderAfterTheCutoffKeepsTheClaimAndOneOfTheResidentDoesNot() {
        try (TeamOnMongo team = new TeamOnMongo(MORNING)) {
            TeamMember holder = team.member("Lê Văn Hòa", team.north);
            Escalation held = claimed(team, holder, List.of());
            Instant cutoff = MORNING.plus(Duration.ofHours(2));
            team.escalations.append(held.id(), new Escalation.Line(cutoff.plusSeconds(1), Escalation.Speaker.RESIDENT,
                    "em vẫn chờ"));
            assertThat(team.escalations.quietSince(cutoff, 10)).as("the resident's line is not the holder's activity")
                    .extracting(Escalation::id).containsExactly(held.id());
            team.escalations.append(held.id(), new Escalation.Line(cutoff.plusSeconds(2), Escalation.Speaker.MEMBER,
                    "Anh đang xem giúp em"));

            assertThat(team.escalations.quietSince(cutoff, 10)).isEmpty();
            assertThat(team.escalations.release(held, cutoff, EscalationRouting.Route.adminQueue(), Reason.IDLE,
                    "system", cutoff)).isEmpty();
            assertThat(team.escalations.find(held.id()).orElseThrow().claimedBy()).isEqualTo(holder.id());

            team.escalations.relayed(held.id(), cutoff.plus(Duration.ofHours(1)));
            assertThat(team.escalations.quietSince(cutoff.plus(Duration.ofMinutes(59)), 10)).isEmpty();
            assertThat(team.escalations.quietSince(cutoff.plus(Duration.ofMinutes(61)), 10))
                    .extracting(Escalation::id).containsExactly(held.id());
        }
    }

    @Test
    void aClaimStoredBeforeActivityWasRecordedCountsFromItsClaimTime() {
        try (TeamOnMongo team = new TeamOnMongo(MORNING)) {
            Escalation held = claimed(team, team.member("Lê Văn Hòa", team.north), List.of());
            team.mongo.updateFirst(org.springframework.data.mongodb.core.query.Query.query(
                            org.springframework.data.mongodb.core.query.Criteria.where("_id").is(held.id())),
                    new org.springframework.data.mongodb.core.query.Update().unset(Escalations.LAST_ACTIVITY), Escalation.class);

            assertThat(team.escalations.quietSince(MORNING.minusSeconds(1), 10)).isEmpty();
            assertThat(team.escalations.quietSince(MORNING, 10)).extracting(Escalation::id).containsExactly(held.id());
        }
    }

    @Test
    void withdrawingAMembersNoticesLeavesTheSentOnesAndOtherMembersAlone() {
        try (TeamOnMongo team = new TeamOnMongo(MORNING)) {
            TeamMember leaving = team.member("Lê Văn Hòa", team.north);
            TeamMember staying = team.member("Võ Văn Tâm", team.north);
            Escalation waiting = team.escalations.insert(EscalationRoutingTest.request(team, RoutingLevel.HAMLET, List.of(
                    Notification.pending(leaving.id(), leaving.telegramChatId()),
                    Notification.pending(staying.id(), staying.telegramChatId()))));
            Escalation told = team.escalations.insert(EscalationRoutingTest.request(team, RoutingLevel.HAMLET, List.of(
                    new Notification(leaving.id(), leaving.telegramChatId(), true, "m1", 1, null, false))));

            assertThat(team.escalations.withdrawNoticesTo(leaving.id())).isEqualTo(1);

            assertThat(team.escalations.find(waiting.id()).orElseThrow().notifications())
                    .extracting(Notification::memberId, Notification::gaveUp)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(leaving.id(), true),
                            org.assertj.core.groups.Tuple.tuple(staying.id(), false));
            assertThat(team.escalations.find(told.id()).orElseThrow().notifications())
                    .singleElement().satisfies(n -> assertThat(n.gaveUp()).isFalse());
            assertThat(team.escalations.undelivered(MORNING, 10)).extracting(Escalation::id).containsExactly(waiting.id());
        }
    }

    @Test
    void anAttemptUnderWayWhenTheMemberLeftDoesNotReviveTheWithdrawnNotice() {
        try (TeamOnMongo team = new TeamOnMongo(MORNING)) {
            TeamMember leaving = team.member("Lê Văn Hòa", team.north);
            TeamMember staying = team.member("Võ Văn Tâm", team.north);
            Escalation failing = team.escalations.insert(EscalationRoutingTest.request(team, RoutingLevel.HAMLET,
                    List.of(Notification.pending(leaving.id(), leaving.telegramChatId()))));
            Escalation sending = team.escalations.insert(EscalationRoutingTest.request(team, RoutingLevel.HAMLET, List.of(
                    Notification.pending(leaving.id(), leaving.telegramChatId()),
                    Notification.pending(staying.id(), staying.telegramChatId()))));
            Instant retryAt = MORNING.plus(Duration.ofSeconds(30));

            team.escalations.withdrawNoticesTo(leaving.id());
            team.escalations.notificationOutcome(failing.id(),
                    new Notification(leaving.id(), leaving.telegramChatId(), false, null, 1, retryAt, false));
            team.escalations.notificationOutcome(sending.id(),
                    new Notification(leaving.id(), leaving.telegramChatId(), true, "m7", 1, null, false));
            team.escalations.notificationOutcome(sending.id(),
                    new Notification(staying.id(), staying.telegramChatId(), true, "m8", 1, null, false));

            assertThat(team.escalations.find(failing.id()).orElseThrow().notifications()).singleElement()
                    .satisfies(n -> {
                        assertThat(n.gaveUp()).as("still withdrawn").isTrue();
                        assertThat(n.attempts()).isEqualTo(1);
                    });
            assertThat(team.escalations.find(sending.id()).orElseThrow().notifications())
                    .extracting(Notification::memberId, Notification::sent, Notification::messageId, Notification::gaveUp)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(leaving.id(), true, "m7", true),
                            org.assertj.core.groups.Tuple.tuple(staying.id(), true, "m8", false));
            assertThat(team.escalations.undelivered(retryAt, 10)).isEmpty();
        }
    }

    @Test
    void aDeactivatedMembersClaimsAreFoundAndTheEventCarriesThemAsTheyWere() {
        try (TeamOnMongo team = new TeamOnMongo(MORNING)) {
            TeamMember leaving = team.member("Lê Văn Hòa", team.north);
            Escalation held = claimed(team, leaving, List.of());

            assertThat(team.escalations.heldBy(leaving.id())).extracting(Escalation::id).containsExactly(held.id());
            assertThat(team.members.deactivate(leaving.id(), "admin:quan")).hasValueSatisfying(after -> {
                assertThat(after.active()).isFalse();
                assertThat(after.linked()).isFalse();
            });
            assertThat(team.events).filteredOn(vn.haugiang.digitalhelp.bot.team.TeamMemberDeactivated.class::isInstance)
                    .singleElement().satisfies(event -> {
                        var deactivated = (vn.haugiang.digitalhelp.bot.team.TeamMemberDeactivated) event;
                        assertThat(deactivated.member().telegramChatId()).isEqualTo(leaving.telegramChatId());
                        assertThat(deactivated.actor()).isEqualTo("admin:quan");
                    });
            assertThat(team.members.deactivate("000000000000000000000000", "admin:quan")).isEmpty();
        }
    }

    private static Escalation claimed(TeamOnMongo team, TeamMember holder, List<Notification> notifications) {
        Escalation stored = team.escalations.insert(EscalationRoutingTest.request(team, RoutingLevel.HAMLET, notifications));
        return team.escalations.claim(stored.id(), holder.id(), holder.name(), MORNING).orElseThrow();
    }
}
