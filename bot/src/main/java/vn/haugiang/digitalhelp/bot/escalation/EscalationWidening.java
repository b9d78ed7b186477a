package vn.haugiang.digitalhelp.bot.escalation;

import java.time.Clock;
import java.time.Instant;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Offers requests nobody claimed in time more widely: hamlet → commune → admin queue. Each step is a
 * conditional update on the request's current level, so with two instances running only one widens.
 */
@Component
public class EscalationWidening {

    private final Escalations escalations;
    private final EscalationRouting routing;
    private final NotificationDispatcher dispatcher;
    private final Clock clock;

    public EscalationWidening(Escalations escalations, EscalationRouting routing, NotificationDispatcher dispatcher,
                              Clock clock) {
        this.escalations = escalations;
        this.routing = routing;
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${digitalhelp.bot.escalation.widening-check:30s}")
    void widenOverdueOnSchedule() {
        widenOverdue();
    }

    /** @return how many requests this call widened */
    public int widenOverdue() {
        Instant now = clock.instant();
        int widened = 0;
        for (Escalation escalation : escalations.dueForWidening(now, 100)) {
            EscalationRouting.Route next = routing.next(escalation, now);
            var moved = escalations.widen(escalation, next.level(), next.notifications(), next.widenAt(), now);
            if (moved.isPresent()) {
                widened++;
                dispatcher.deliver(escalation.id());
            }
        }
        return widened;
    }
}
