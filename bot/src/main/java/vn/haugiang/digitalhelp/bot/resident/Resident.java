package vn.haugiang.digitalhelp.bot.resident;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.haugiang.digitalhelp.bot.chat.Channel;

/**
 * What the bot remembers of a resident. The id is the resident's pseudonym; the chat id is kept only
 * because the bot must be able to write back (relaying a team member's answer).
 *
 * @param step           where the resident is in a multi-step dialogue
 * @param failedAttempts questions in a row that the guides did not answer
 * @param activeEscalationId the resident's open or claimed request for a person, at most one
 * @param escalateAfterArea  the resident asked for a person and is first choosing where they live
 */
@Document("residents")
public record Resident(
        @Id String id,
        Channel channel,
        String chatId,
        String communeId,
        String hamletId,
        DialogStep step,
        String stepCommuneId,
        int failedAttempts,
        String activeEscalationId,
        boolean escalateAfterArea,
        Instant firstSeen,
        Instant lastSeen) {

    /** Where a resident is in the area dialogue. */
    public enum DialogStep {
        NONE,
        CHOOSING_COMMUNE,
        CHOOSING_HAMLET
    }

    public boolean hasHamlet() {
        return hamletId != null;
    }

    /** The profile a first message creates (the same fields {@link Residents#seen} sets on insert). */
    static Resident firstContact(String id, Channel channel, String chatId, Instant now) {
        return new Resident(id, channel, chatId, null, null, DialogStep.NONE, null, 0, null, false, now, now);
    }

    /** This profile as it stands after another message. */
    Resident seenAgain(Instant now) {
        return new Resident(id, channel, chatId, communeId, hamletId, step, stepCommuneId, failedAttempts,
                activeEscalationId, escalateAfterArea, firstSeen, now);
    }
}
