package vn.haugiang.digitalhelp.bot.metrics;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.haugiang.digitalhelp.bot.escalation.Escalation;
import vn.haugiang.digitalhelp.bot.escalation.EscalationClaimed;
import vn.haugiang.digitalhelp.bot.escalation.EscalationRated;
import vn.haugiang.digitalhelp.bot.escalation.EscalationResolved;
import vn.haugiang.digitalhelp.bot.interaction.EventLog;
import vn.haugiang.digitalhelp.bot.interaction.LoggedEvent;
import vn.haugiang.digitalhelp.bot.interaction.LoggedEvent.Kind;
import vn.haugiang.digitalhelp.bot.outcome.OutcomeConfirmed;
import vn.haugiang.digitalhelp.bot.outcome.SkillOutcome;

/**
 * Writes down, as documents the projection reads, the changes that count in the figures but are not a
 * resident's turn: a request claimed, resolved or rated (counted on the day it was opened), a skill
 * confirmed. One insert each, under an id that names the change, so it is stored once.
 */
@Component
class EventRecorder {

    private final EventLog events;
    private final ZoneId zone;

    EventRecorder(EventLog events, ZoneId zone) {
        this.events = events;
        this.zone = zone;
    }

    @EventListener
    void escalationClaimed(EscalationClaimed claimed) {
        Escalation escalation = claimed.escalation();
        record("claimed:", Kind.ESCALATION_CLAIMED, escalation, escalation.claimedAt(),
                Duration.between(escalation.openedAt(), escalation.claimedAt()).toSeconds());
    }

    @EventListener
    void escalationResolved(EscalationResolved resolved) {
        Escalation escalation = resolved.escalation();
        record("resolved:", Kind.ESCALATION_RESOLVED, escalation, escalation.closedAt(),
                Duration.between(escalation.openedAt(), escalation.closedAt()).toSeconds());
    }

    @EventListener
    void escalationRated(EscalationRated rated) {
        Escalation escalation = rated.escalation();
        record("rated:", Kind.ESCALATION_RATED, escalation, escalation.closedAt(), escalation.rating());
    }

    @EventListener
    void outcomeConfirmed(OutcomeConfirmed confirmed) {
        SkillOutcome outcome = confirmed.outcome();
        events.append(new LoggedEvent("outcome:" + outcome.residentId() + ":" + outcome.skill().name(),
                Kind.OUTCOME_CONFIRMED, outcome.confirmedAt(), outcome.day(), outcome.residentId(), outcome.communeId(),
                outcome.hamletId(), outcome.skill().name(), 1));
    }

    private void record(String prefix, Kind kind, Escalation escalation, Instant at, long value) {
        events.append(new LoggedEvent(prefix + escalation.id(), kind, at,
                LocalDate.ofInstant(escalation.openedAt(), zone).toString(), escalation.residentId(),
                escalation.communeId(), escalation.hamletId(), escalation.id(), value));
    }
}
