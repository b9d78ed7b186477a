package vn.haugiang.digitalhelp.bot.metrics;

import java.util.Locale;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import vn.haugiang.digitalhelp.bot.escalation.Escalations;
import vn.haugiang.digitalhelp.bot.interaction.InteractionRecorded;
import vn.haugiang.digitalhelp.bot.interaction.Projector;

/**
 * Operational meters at {@code /actuator/prometheus}: turns by outcome and channel
 * ({@code digitalhelp_outcomes_total}) and the requests waiting to be claimed
 * ({@code digitalhelp_escalation_queue}, read from MongoDB, so the same on every instance), and the turns
 * and events the projection has yet to count ({@code digitalhelp_projection_waiting}).
 */
@Component
class OperationalMeters {

    private final MeterRegistry meters;

    OperationalMeters(MeterRegistry meters, Escalations escalations, Projector projector) {
        this.meters = meters;
        Gauge.builder("digitalhelp.escalation.queue", escalations, Escalations::openCount)
                .description("Requests for a person that nobody has claimed yet")
                .register(meters);
        Gauge.builder("digitalhelp.projection.waiting", projector, p -> p.lastLag().waiting())
                .description("Turns and events written but not yet counted in the figures")
                .register(meters);
    }

    @EventListener
    void interactionRecorded(InteractionRecorded recorded) {
        meters.counter("digitalhelp.outcomes",
                "outcome", recorded.interaction().outcome().name().toLowerCase(Locale.ROOT),
                "channel", recorded.interaction().channel().name().toLowerCase(Locale.ROOT)).increment();
    }
}
