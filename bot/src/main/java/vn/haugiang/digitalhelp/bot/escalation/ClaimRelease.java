package vn.haugiang.digitalhelp.bot.escalation;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.haugiang.digitalhelp.bot.escalation.EscalationReleased.Reason;

/**
 * Puts a claimed request back in the queue when its holder cannot go on: it is routed as a new request would
 * be (leaving the former holder out) and the new notices go out at once. The resident, the former holder and
 * the notices learn of it from {@link EscalationReleased}.
 */
@Component
public class ClaimRelease {

    private final Escalations escalations;
    private final EscalationRouting routing;
    private final NotificationDispatcher dispatcher;
    private final Clock clock;

    public ClaimRelease(Escalations escalations, EscalationRouting routing, NotificationDispatcher dispatcher,
                        Clock clock) {
        this.escalations = escalations;
        this.routing = routing;
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    /**
     * @param quietSince release only if nothing was relayed after this moment (null: whatever happened)
     * @param actor      who released it, for the history ("system", "admin:&lt;name&gt;")
     * @return the request, open again; empty if it changed meanwhile (another instance released it, a message
     *         came, the holder closed it)
     */
    public Optional<Escalation> release(Escalation held, Instant quietSince, Reason reason, String actor) {
        Instant now = clock.instant();
        EscalationRouting.Route route = routing.firstWithout(held.hamletId(), held.communeId(),
                Set.of(held.claimedBy()), now);
        Optional<Escalation> released = escalations.release(held, quietSince, route, reason, actor, now);
        released.ifPresent(escalation -> dispatcher.deliver(escalation.id()));
        return released;
    }
}
