package vn.haugiang.digitalhelp.bot.interaction;

import java.time.Instant;

/**
 * A resident pressed "Đã làm được" or "Chưa được" under a guide; published once per answer.
 *
 * @param interaction the answered turn, as stored before the feedback (its question may be null)
 */
public record FeedbackGiven(Interaction interaction, Feedback feedback, Instant at) {
}
