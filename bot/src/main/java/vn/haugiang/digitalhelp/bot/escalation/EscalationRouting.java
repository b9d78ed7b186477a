package vn.haugiang.digitalhelp.bot.escalation;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.haugiang.digitalhelp.bot.BotProperties;
import vn.haugiang.digitalhelp.bot.escalation.Escalation.Notification;
import vn.haugiang.digitalhelp.bot.team.TeamMember;
import vn.haugiang.digitalhelp.bot.team.TeamMembers;

/**
 * Who is offered a request: the on-duty members of the resident's hamlet; if none, of the commune; if
 * none, the admin queue. Outside duty hours the area's members are told at once and the resident
 * learns when duty starts; the claim deadline counts from then.
 */
@Component
public class EscalationRouting {

    private final TeamMembers members;
    private final Duration claimTimeout;

    public EscalationRouting(TeamMembers members, BotProperties properties) {
        this.members = members;
        this.claimTimeout = properties.escalation().claimTimeout();
    }

    /** Where a new request goes. */
    public Route first(String hamletId, String communeId, Instant now) {
        return firstWithout(hamletId, communeId, Set.of(), now);
    }

    /**
     * Where a request goes that starts over (its holder let it go), as a new one would, leaving out the
     * members in {@code without}.
     */
    public Route firstWithout(String hamletId, String communeId, Set<String> without, Instant now) {
        if (hamletId == null) {
            return Route.adminQueue();
        }
        List<TeamMember> hamlet = except(members.onDutyInHamlet(hamletId), without);
        if (!hamlet.isEmpty()) {
            return new Route(RoutingLevel.HAMLET, hamlet, now.plus(claimTimeout), Optional.empty());
        }
        List<TeamMember> commune = except(members.onDutyInCommune(communeId), without);
        if (!commune.isEmpty()) {
            return new Route(RoutingLevel.COMMUNE, commune, now.plus(claimTimeout), Optional.empty());
        }
        // Nobody on duty: the hamlet's own members are told for when their duty starts (only they may take a hamlet
        // request), else the commune's; the deadline counts from the start of their duty.
        List<TeamMember> serving = except(members.servingArea(hamletId, communeId), without);
        List<TeamMember> ofHamlet = serving.stream().filter(m -> m.hamletIds().contains(hamletId)).toList();
        Optional<ZonedDateTime> hamletStarts = members.nextDutyStart(ofHamlet);
        if (hamletStarts.isPresent()) {
            return new Route(RoutingLevel.HAMLET, ofHamlet, hamletStarts.get().toInstant().plus(claimTimeout), hamletStarts);
        }
        Optional<ZonedDateTime> communeStarts = members.nextDutyStart(serving);
        return communeStarts.map(starts -> new Route(RoutingLevel.COMMUNE, serving,
                starts.toInstant().plus(claimTimeout), communeStarts)).orElseGet(Route::adminQueue);
    }

    /** Where an unclaimed request goes next: the commune's on-duty members not yet told, else the admins. */
    public Route next(Escalation escalation, Instant now) {
        if (escalation.level() == RoutingLevel.HAMLET) {
            Set<String> told = escalation.notifications().stream().map(Notification::memberId).collect(Collectors.toSet());
            List<TeamMember> commune = except(members.onDutyInCommune(escalation.communeId()), told);
            if (!commune.isEmpty()) {
                return new Route(RoutingLevel.COMMUNE, commune, now.plus(claimTimeout), Optional.empty());
            }
        }
        return Route.adminQueue();
    }

    private static List<TeamMember> except(List<TeamMember> candidates, Set<String> memberIds) {
        return candidates.stream().filter(member -> !memberIds.contains(member.id())).toList();
    }

    /**
     * @param widenAt    when to widen if still unclaimed; null at the admin queue
     * @param dutyStarts set when nobody is on duty now: when someone will be
     */
    public record Route(RoutingLevel level, List<TeamMember> members, Instant widenAt,
                        Optional<ZonedDateTime> dutyStarts) {

        public static Route adminQueue() {
            return new Route(RoutingLevel.ADMIN_QUEUE, List.of(), null, Optional.empty());
        }

        public List<Notification> notifications() {
            return members.stream().map(m -> Notification.pending(m.id(), m.telegramChatId())).toList();
        }
    }
}
