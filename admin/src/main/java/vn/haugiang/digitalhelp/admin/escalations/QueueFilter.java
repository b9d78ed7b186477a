package vn.haugiang.digitalhelp.admin.escalations;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import vn.haugiang.digitalhelp.bot.escalation.EscalationStatus;

/**
 * What the queue is filtered on; every part is optional.
 *
 * @param olderThanMinutes only requests opened at least this long ago
 */
public record QueueFilter(EscalationStatus status, String communeId, Integer olderThanMinutes) {

    public QueueFilter {
        communeId = communeId == null || communeId.isBlank() ? null : communeId.strip();
    }

    Instant openedBefore(Clock clock) {
        return olderThanMinutes == null ? null : clock.instant().minus(Duration.ofMinutes(Math.max(0, olderThanMinutes)));
    }
}
