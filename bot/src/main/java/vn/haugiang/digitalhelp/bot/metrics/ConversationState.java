package vn.haugiang.digitalhelp.bot.metrics;

import java.util.LinkedHashMap;
import java.util.Map;

import org.bson.Document;

import vn.haugiang.digitalhelp.bot.chat.TurnOutcome;
import vn.haugiang.digitalhelp.bot.interaction.Feedback;
import vn.haugiang.digitalhelp.bot.interaction.Interaction;

/**
 * Where one conversation (a resident's turns on one day) stands, as far as the figures care.
 *
 * @param communeId   the commune it counts in: the resident's at the first turn, moved once from "unknown"
 *                    when they name one
 * @param escalated   a request for a person was opened in it
 * @param openAnswers answers since the last failure ("Chưa được", a fallback, a request for a person):
 *                    the answers the bot resolved, as long as nothing fails after them
 */
record ConversationState(String communeId, boolean escalated, long openAnswers) {

    static ConversationState startedBy(Interaction turn) {
        return new ConversationState(RollupIds.commune(turn.communeId()), false, 0);
    }

    ConversationState after(Interaction turn) {
        String commune = communeId.equals(RollupIds.UNKNOWN) ? RollupIds.commune(turn.communeId()) : communeId;
        if (isFailure(turn)) {
            return new ConversationState(commune, escalated || turn.outcome() == TurnOutcome.ESCALATED, 0);
        }
        return new ConversationState(commune, escalated, openAnswers + (turn.outcome() == TurnOutcome.ANSWER ? 1 : 0));
    }

    /** What this conversation adds to its commune's day: one conversation, maybe escalated, its resolved answers. */
    Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("conversations", 1L);
        counts.put("escalatedConversations", escalated ? 1L : 0L);
        counts.put("resolvedAnswers", openAnswers);
        return counts;
    }

    Document toDocument() {
        return new Document("communeId", communeId).append("escalated", escalated).append("openAnswers", openAnswers);
    }

    static ConversationState of(Document document) {
        Number open = (Number) document.get("openAnswers");
        return new ConversationState(document.getString("communeId"), Boolean.TRUE.equals(document.getBoolean("escalated")),
                open == null ? 0 : open.longValue());
    }

    private static boolean isFailure(Interaction turn) {
        return (turn.typed() && turn.outcome() == TurnOutcome.FALLBACK)
                || turn.outcome() == TurnOutcome.ESCALATED
                || (turn.outcome() == TurnOutcome.FEEDBACK && turn.feedback() == Feedback.NOT_YET);
    }
}
