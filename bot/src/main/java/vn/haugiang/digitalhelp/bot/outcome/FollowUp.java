package vn.haugiang.digitalhelp.bot.outcome;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The bot's plan to ask a resident once whether they managed a skill; one per resident and skill.
 * It holds the pseudonym only: the chat to write to is read from the resident's profile when sending.
 *
 * @param dueAt    when to ask; while SENDING, when the claim of the instance sending it lapses
 * @param attempts failed deliveries so far
 */
@Document("outcome_follow_ups")
public record FollowUp(
        @Id String id,
        String residentId,
        Skill skill,
        Status status,
        Instant dueAt,
        int attempts) {

    public enum Status {
        /** Waiting for its time. */
        PENDING,
        /** Claimed by one instance, being sent. */
        SENDING,
        /** Sent; the resident may answer once. */
        ASKED,
        /** Answered, or given up. */
        DONE
    }
}
