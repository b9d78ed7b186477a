package vn.haugiang.digitalhelp.bot.interaction;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Something that happened outside a resident's turn and counts in the figures (a request claimed,
 * resolved or rated, a skill confirmed), kept as a document so the projection can read it like a turn.
 *
 * @param id         names what happened once (e.g. {@code claimed:<request id>}), so a repeated announcement is stored once
 * @param day        the day (yyyy-MM-dd) it counts on: the request's opening day, the confirmation's day
 * @param residentId the resident's pseudonym
 * @param subject    what it is about: the skill of a confirmation, the request's id otherwise
 * @param value      the seconds to claim or resolve, the rating; 1 for a confirmation
 */
@Document("events")
public record LoggedEvent(
        @Id String id,
        Kind kind,
        Instant at,
        String day,
        String residentId,
        String communeId,
        String hamletId,
        String subject,
        long value) {

    /** What happened. */
    public enum Kind {
        ESCALATION_CLAIMED,
        ESCALATION_RESOLVED,
        ESCALATION_RATED,
        OUTCOME_CONFIRMED
    }
}
