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
import vn.haugiang.digitalhelp.bot.team.TeamMember;

/** Puts names to requests for the page: where the resident lives, how long they wait, who the request can be given to. */
@Component
class EscalationCards {

    private final AreaDirectory areas;
    private final EscalationQueue queue;
    private final Clock clock;

    EscalationCards(AreaDirectory areas, EscalationQueue queue, Clock clock) {
        this.areas = areas;
        this.queue = queue;
        this.clock = clock;
    }

    PageView<EscalationCard> of(PageView<Escalation> page) {
        Map<String, List<TeamMember>> candidatesByCommune = new HashMap<>();
        return page.map(escalation -> card(escalation, escalation.status().isActive()
                ? candidatesByCommune.computeIfAbsent(String.valueOf(escalation.communeId()), key -> queue.candidates(escalation))
                : List.of()));
    }

    EscalationCard of(Escalation escalation) {
        return card(escalation, escalation.status().isActive() ? queue.candidates(escalation) : List.of());
    }

    private EscalationCard card(Escalation escalation, List<TeamMember> candidates) {
        String place = escalation.hamletId() == null ? null : areas.hamlet(escalation.hamletId()).map(Hamlet::displayName).orElse(null);
        if (place == null && escalation.communeId() != null) {
            place = areas.commune(escalation.communeId()).map(Commune::name).orElse(null);
        }
        String waited = escalation.status().isActive()
                ? EscalationCard.waited(Duration.between(escalation.openedAt(), clock.instant())) : null;
        return new EscalationCard(escalation, place, candidates, waited);
    }
}
