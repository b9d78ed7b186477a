package vn.haugiang.digitalhelp.bot.resident;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.haugiang.digitalhelp.bot.chat.Channel;

/**
 * What the bot remembers of a resident. The id is the resident's own stable id, the one every turn,
 * request and figure carries; it never changes, not even when the keys are rotated. The profile is
 * found by its {@code pseudonym} (a keyed hash of the chat id). The chat id itself is stored encrypted,
 * only because the bot must be able to write back, and only while the resident is active.
 *
 * @param step           where the resident is in a multi-step dialogue
 * @param failedAttempts questions in a row that the guides did not answer
 * @param activeEscalationId the resident's open or claimed request for a person, at most one
 * @param escalateAfterArea  the resident asked for a person and is first choosing where they live
 * @param noticeVersion  the version of the privacy notice last shown (0: never)
 * @param consents       every notice shown and every consent given or withdrawn, oldest first
 */
@Document("residents")
public record Resident(
        @Id String id,
        String pseudonym,
        Channel channel,
        String chatId,
        String communeId,
        String hamletId,
        DialogStep step,
        String stepCommuneId,
        int failedAttempts,
        String activeEscalationId,
        boolean escalateAfterArea,
        int noticeVersion,
        List<Consent> consents,
        Instant firstSeen,
        Instant lastSeen) {

    /**
     * The version of the privacy notice ({@code privacy-notice} in the resident messages). Raise it when
     * the notice changes in substance: every resident then sees the new one once, and consents given
     * later name it.
     */
    public static final int NOTICE_VERSION = 1;

    /** Where a resident is in the area dialogue. */
    public enum DialogStep {
        NONE,
        CHOOSING_COMMUNE,
        CHOOSING_HAMLET
    }

    /** What a consent is for: the notice itself (shown), the hamlet, a phone number on a request. */
    public enum Purpose {
        NOTICE,
        HAMLET,
        PHONE
    }

    /** A notice shown, or a consent given ({@code given}) or withdrawn, under a notice version. */
    public record Consent(Purpose purpose, boolean given, int noticeVersion, Instant at) {
    }

    public boolean hasHamlet() {
        return hamletId != null;
    }

    public List<Consent> consents() {
        return consents == null ? List.of() : consents;
    }

    /** The profile a first message creates (the same fields {@link Residents#seen} sets on insert). */
    static Resident firstContact(String id, String pseudonym, Channel channel, String chatId, Instant now) {
        return new Resident(id, pseudonym, channel, chatId, null, null, DialogStep.NONE, null, 0, null, false, 0,
                List.of(), now, now);
    }

    /**
     * Who a chat is for one turn while MongoDB is away: nothing known about them, no request, the privacy
     * notice counted as shown (the stored profile still says it is due, so it comes with their first turn
     * after MongoDB is back).
     */
    public static Resident standIn(String id, Channel channel, String chatId, Instant now) {
        return new Resident(id, null, channel, chatId, null, null, DialogStep.NONE, null, 0, null, false, NOTICE_VERSION,
                List.of(), now, now);
    }

    /** This profile as it stands after another message. */
    Resident seenAgain(String chatId, Instant now) {
        return new Resident(id, pseudonym, channel, chatId, communeId, hamletId, step, stepCommuneId, failedAttempts,
                activeEscalationId, escalateAfterArea, noticeVersion, consents, firstSeen, now);
    }
}
