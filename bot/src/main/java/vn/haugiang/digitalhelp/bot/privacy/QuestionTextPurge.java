package vn.haugiang.digitalhelp.bot.privacy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import vn.haugiang.digitalhelp.bot.interaction.InteractionLog;
import vn.haugiang.digitalhelp.bot.MetricsProperties;

/**
 * Removes the raw text of questions older than the retention period, keeping the rest of each turn and
 * every count. Idempotent, so two instances running it at once do no harm.
 */
@Component
public class QuestionTextPurge {

    private static final Logger LOG = LoggerFactory.getLogger(QuestionTextPurge.class);

    private final InteractionLog log;
    private final ApplicationEventPublisher events;
    private final MetricsProperties metrics;
    private final ZoneId zone;
    private final Clock clock;

    public QuestionTextPurge(InteractionLog log, ApplicationEventPublisher events, MetricsProperties metrics,
                             ZoneId zone, Clock clock) {
        this.log = log;
        this.events = events;
        this.metrics = metrics;
        this.zone = zone;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${digitalhelp.metrics.purge-check:6h}", initialDelayString = "${digitalhelp.metrics.purge-check:6h}")
    void purgeOnSchedule() {
        purge();
    }

    /** @return how many turns lost their text */
    public long purge() {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        String cutoff = today.minusDays(metrics.questionRetention().toDays()).toString();
        long purged = log.forgetQuestionsBefore(cutoff);
        events.publishEvent(new QuestionTextsPurged(cutoff));
        if (purged > 0) {
            LOG.info("Removed the question text of {} turns before {}", purged, cutoff);
        }
        return purged;
    }
}
