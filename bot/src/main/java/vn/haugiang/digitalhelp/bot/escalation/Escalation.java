package vn.haugiang.digitalhelp.bot.escalation;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.haugiang.digitalhelp.bot.chat.Channel;

/**
 * A resident's request for a person, stored before anyone is notified: the notifications go out from
 * this record and are marked delivered here, so a crash between storing and notifying loses nothing.
 *
 * @param residentId   the resident's pseudonym
 * @param channel      the resident's channel
 * @param chatId       the resident's chat, to relay answers to
 * @param transcript   the last turns before the request, then the relayed conversation
 * @param articleIds   guides the resident was already shown
 * @param phone        only when the resident chose to share it for this request
 * @param notifications one per team member told about the request (the outbox)
 * @param widenAt      when, if still unclaimed, the request is offered more widely
 * @param history      every change of state, with time and actor
 */
@Document("escalations")
public record Escalation(
        @Id String id,
        String residentId,
        Channel channel,
        @JsonIgnore String chatId,
        String communeId,
        String hamletId,
        String question,
        List<Line> transcript,
        List<String> articleIds,
        String phone,
        EscalationStatus status,
        RoutingLevel level,
        List<Notification> notifications,
        Instant widenAt,
        String claimedBy,
        String claimedByName,
        Integer rating,
        Boolean solved,
        Instant openedAt,
        Instant claimedAt,
        Instant closedAt,
        List<Change> history) {

    /** Whether a person (a team member or an official) wrote to the resident in this request. */
    public boolean answered() {
        return transcript.stream().anyMatch(line -> line.speaker() == Speaker.MEMBER);
    }

    /** The short name of the request that members see on every relayed line: the end of its id. */
    public String reference() {
        return "#" + id.substring(Math.max(0, id.length() - 6));
    }

    /** One line of the conversation. */
    public record Line(Instant at, Speaker speaker, String text) {
    }

    public enum Speaker { RESIDENT, BOT, MEMBER }

    /**
     * A team member told about the request.
     *
     * @param messageId     the Telegram message (or its outbox reference), so it can later say who took the
     *                      request; null until sent
     * @param nextAttemptAt not tried again before this (null: at once)
     * @param gaveUp        no longer tried: attempts exhausted, or nothing left to say after an erasure
     */
    public record Notification(String memberId, String chatId, boolean sent, String messageId, int attempts,
                               Instant nextAttemptAt, boolean gaveUp) {

        public static Notification pending(String memberId, String chatId) {
            return new Notification(memberId, chatId, false, null, 0, null, false);
        }

        /** The same notification, no longer tried. */
        Notification givenUp() {
            return new Notification(memberId, chatId, sent, messageId, attempts, null, true);
        }

        boolean dueAt(Instant now) {
            return !sent && !gaveUp && (nextAttemptAt == null || !nextAttemptAt.isAfter(now));
        }

        boolean waiting() {
            return !sent && !gaveUp;
        }
    }

    /** A change of state: when, who ("resident", "member:<id>", "system"), what. */
    public record Change(Instant at, String actor, String event, String detail) {
    }
}
