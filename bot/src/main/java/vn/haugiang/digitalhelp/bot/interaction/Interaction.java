package vn.haugiang.digitalhelp.bot.interaction;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.haugiang.digitalhelp.bot.chat.Channel;
import vn.haugiang.digitalhelp.bot.chat.TurnOutcome;

/**
 * One turn of a conversation, as evidence for the skill-support metrics. Holds no raw chat id: the
 * resident is a keyed pseudonym.
 *
 * @param day        the local date of the turn (yyyy-MM-dd in the configured zone), what rollups and retention key on
 * @param residentId pseudonym of the chat (the profile's stable id, see {@code Resident})
 * @param communeId  the resident's commune when known
 * @param hamletId   the resident's hamlet when known
 * @param question   the resident's text, normalised and capped; null for button presses
 * @param action     the pressed button's action, or null for typed text
 * @param topic      topic key of the guide shown, or null
 * @param articleId  id of the guide shown, or null
 * @param score      the top search score, or 0 when nothing was searched
 * @param feedback   the resident's answer to "did this guide help?", once, or null
 */
@Document("interactions")
public record Interaction(
        @Id String id,
        Instant at,
        String day,
        Channel channel,
        String residentId,
        String communeId,
        String hamletId,
        String question,
        String action,
        TurnOutcome outcome,
        String topic,
        String articleId,
        double score,
        long latencyMicros,
        Feedback feedback,
        Instant feedbackAt) {

    /** True when the resident typed this turn (a question or a command), false for a button press. */
    public boolean typed() {
        return action == null;
    }

    /** The same turn under another resident id and place: a turn kept while MongoDB was away, once its profile is known. */
    public Interaction byResident(String residentId, String communeId, String hamletId) {
        return new Interaction(id, at, day, channel, residentId, communeId, hamletId, question, action, outcome, topic,
                articleId, score, latencyMicros, feedback, feedbackAt);
    }
}
