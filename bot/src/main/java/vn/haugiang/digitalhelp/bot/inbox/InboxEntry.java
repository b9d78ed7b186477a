package vn.haugiang.digitalhelp.bot.inbox;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One inbound update as it arrived (polled or pushed), stored before anything acts on it.
 *
 * @param updateId    the channel's update id, unique: a redelivery finds it already here
 * @param chatKey     the chat it belongs to; updates of one chat are handled one at a time in id order
 * @param payload     the update exactly as received (JSON)
 * @param receivedAt  when it was stored
 * @param processedAt when it was handled; {@code null} while it waits
 * @param attempts    how many times handling it failed
 */
@Document("inbox")
public record InboxEntry(@Id long updateId, String chatKey, String payload, Instant receivedAt, Instant processedAt,
                         int attempts) {
}
