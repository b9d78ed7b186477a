package vn.haugiang.digitalhelp.bot.escalation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import vn.haugiang.digitalhelp.bot.BotProperties;
import vn.haugiang.digitalhelp.bot.escalation.EscalationReleased.Reason;

/**
 * Returns to the queue the claimed requests where nothing was relayed either way for
 * {@code idle-claim-timeout} (counting from the claim when nothing was relayed at all), so a resident is not
 * left with a holder who went quiet. A polling job: each release is a conditional update that also checks the
 * quiet time, so with several instances a request is released once, and a message that arrives first keeps it.
 */
@Component
public class IdleClaims {

    private final Escalations escalations;
    private final ClaimRelease release;
    private final Duration idleTimeout;
    private final Clock clock;

    public IdleClaims(Escalations escalations, ClaimRelease release, BotProperties properties, Clock clock) {
        this.escalations = escalations;
        this.release = release;
        this.idleTimeout = properties.escalation().idleClaimTimeout();
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${digitalhelp.bot.escalation.idle-claim-check:1m}")
    void releaseIdleOnSchedule() {
        releaseIdle();
    }

    /** @return how many requests this call returned to the queue */
    public int releaseIdle() {
        Instant cutoff = clock.instant().minus(idleTimeout);
        int released = 0;
        for (Escalation quiet : escalations.quietSince(cutoff, 100)) {
            if (release.release(quiet, cutoff, Reason.IDLE, "system").isPresent()) {
                released++;
            }
        }
        return released;
    }
}
