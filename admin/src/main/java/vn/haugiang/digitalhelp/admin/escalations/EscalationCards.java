package vn.haugiang.digitalhelp.admin.escalations;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.haugiang.digitalhelp.admin.web.PageView;
import vn.haugiang.digitalhelp.bot.area.AreaDirectory;
import vn.haugiang.digitalhelp.bot.area.Commune;
import vn.haugiang.digitalhelp.bot.area.Hamlet;
import vn.haugiang.digitalhelp.bot.escalation.Escalation;
import vn.haugiang.digitalhelp.bot.escalation.Escalations;
import vn.haugiang.digitalhelp.bot.team.TeamMember;
import vn.haugiang.digitalhelp.bot.team.TeamMembers;

/** Puts names to requests for the page: where the resident lives, how long they wait, who the request can be given to. */
@Component
class EscalationCards {

    private final AreaDirectory areas;
    private final EscalationQueue queue;
    private final TeamMembers members;
    private final Clock clock;

    EscalationCards(AreaDirectory areas, EscalationQueue queue, TeamMembers members, Clock clock) {
        this.areas = areas;
        this.queue = queue;
        this.members = members;
        this.clock = clock;
    }

    PageView<EscalationCard> of(PageView<Escalation> page) {
        Map<String, List<TeamMember>> candidatesByCommune = new HashMap<>();
        Map<String, String> actorNames = new HashMap<>();
        return page.map(escalation -> card(escalation, escalation.status().isActive()
                ? candidatesByCommune.computeIfAbsent(String.valueOf(escalation.communeId()), key -> queue.candidates(escalation))
                : List.of(), actorNames));
    }

    EscalationCard of(Escalation escalation) {
        return card(escalation, escalation.status().isActive() ? queue.candidates(escalation) : List.of(), new HashMap<>());
    }

    /** @param actorNames the names found so far for the page, by stored actor */
    private EscalationCard card(Escalation escalation, List<TeamMember> candidates, Map<String, String> actorNames) {
        String place = escalation.hamletId() == null ? null : areas.hamlet(escalation.hamletId()).map(Hamlet::displayName).orElse(null);
        if (place == null && escalation.communeId() != null) {
            place = areas.commune(escalation.communeId()).map(Commune::name).orElse(null);
        }
        String waited = escalation.status().isActive()
                ? EscalationCard.waited(Duration.between(escalation.openedAt(), clock.instant())) : null;
        Map<String, String> actors = new HashMap<>();
        escalation.history().forEach(change ->
                actors.put(change.actor(), actorNames.computeIfAbsent(change.actor(), this::actorName)));
        return new EscalationCard(escalation, place, candidates, waited, actors);
    }

    private String actorName(String actor) {
        if (actor.startsWith(Escalations.MEMBER_ACTOR)) {
            return members.find(actor.substring(Escalations.MEMBER_ACTOR.length())).map(TeamMember::name)
                    .orElse("thành viên đã xóa");
        }
        if (actor.startsWith(Escalations.ADMIN_ACTOR)) {
            return actor.substring(Escalations.ADMIN_ACTOR.length());
        }
        return QueueLabels.ACTORS.getOrDefault(actor, actor);
    }
}
