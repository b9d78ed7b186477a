package vn.haugiang.digitalhelp.admin.escalations;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import vn.haugiang.digitalhelp.admin.web.BadInputException;
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

    /** The status filter of the queue page: absent means the requests waiting, empty means every status. */
    static EscalationStatus status(String requested) {
        if (requested == null) {
            return EscalationStatus.OPEN;
        }
        if (requested.isBlank()) {
            return null;
        }
        try {
            return EscalationStatus.valueOf(requested.strip());
        } catch (IllegalArgumentException e) {
            throw new BadInputException("Trạng thái không hợp lệ.");
        }
    }

    Instant openedBefore(Clock clock) {
        return olderThanMinutes == null ? null : clock.instant().minus(Duration.ofMinutes(Math.max(0, olderThanMinutes)));
    }
}
