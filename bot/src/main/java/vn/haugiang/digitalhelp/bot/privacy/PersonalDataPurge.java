package vn.haugiang.digitalhelp.bot.privacy;

import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import vn.haugiang.digitalhelp.bot.RetentionProperties;
import vn.haugiang.digitalhelp.bot.escalation.Escalations;
import vn.haugiang.digitalhelp.bot.resident.Residents;

/**
 * The retention rules of requests and profiles: a request's personal data goes {@code request-data}
 * after it ended; a resident silent for {@code inactive-chat} loses their chat id and everything else
 * but the profile's id and dates. Turns, figures and request counts stay. Idempotent, so two instances
 * may run it at once (TTL indexes would not do: the embedded server never expires documents).
 */
@Component
public class PersonalDataPurge {

    private static final Logger LOG = LoggerFactory.getLogger(PersonalDataPurge.class);

    private final Escalations escalations;
    private final Residents residents;
    private final RetentionProperties retention;
    private final Clock clock;

    public PersonalDataPurge(Escalations escalations, Residents residents, RetentionProperties retention, Clock clock) {
        this.escalations = escalations;
        this.residents = residents;
        this.retention = retention;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${digitalhelp.retention.purge-check:6h}",
            initialDelayString = "${digitalhelp.retention.purge-check:6h}")
    void purgeOnSchedule() {
        purge();
    }

    /** What one run removed. */
    public record Purged(long requests, long profiles) {
    }

    public Purged purge() {
        Instant now = clock.instant();
        long requests = escalations.forgetPersonalDataEndedBefore(now.minus(retention.requestData()), now);
        long profiles = residents.reduceSilentSince(now.minus(retention.inactiveChat()));
        if (requests > 0 || profiles > 0) {
            LOG.info("Retention: personal data removed from {} ended requests and {} inactive profiles", requests, profiles);
        }
        return new Purged(requests, profiles);
    }
}
