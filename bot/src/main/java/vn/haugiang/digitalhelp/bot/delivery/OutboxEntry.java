package vn.haugiang.digitalhelp.bot.delivery;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.haugiang.digitalhelp.bot.chat.Channel;
import vn.haugiang.digitalhelp.bot.chat.Reply;

/**
 * One message waiting for (or done with) delivery to a chat.
 *
 * @param id            idempotency key: storing the same key twice stores it once
 * @param seq           global order of storing; a chat's messages go out in this order
 * @param kind          send a reply, edit a message sent earlier, or copy a message from another chat
 * @param reply         what to send or what the edited message becomes
 * @param target        for an edit, the message to change (a channel id, or {@code out:<id>} of an entry);
 *                      for a copy, the message to copy
 * @param fromChatId    for a copy, the chat the message is in
 * @param partsSent     messages of a long reply already delivered (a retry continues after them)
 * @param messageId     the channel's id of the last message delivered
 * @param nextAttemptAt not tried again before this
 */
@Document("outbox")
public record OutboxEntry(
        @Id String id,
        long seq,
        Channel channel,
        String chatId,
        Kind kind,
        Reply reply,
        String target,
        String fromChatId,
        State state,
        int attempts,
        int partsSent,
        String messageId,
        Instant createdAt,
        Instant nextAttemptAt,
        Instant doneAt,
        String failure) {

    /** Prefix of the message ids {@link Outbox} hands out before the channel has given its own. */
    public static final String REFERENCE = "out:";

    public enum Kind { SEND, EDIT, COPY }

    public enum State { PENDING, SENT, UNDELIVERABLE }

    public String reference() {
        return REFERENCE + id;
    }
}
