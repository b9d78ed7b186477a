package vn.haugiang.digitalhelp.bot.resident;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;

import vn.haugiang.digitalhelp.bot.chat.Channel;
import vn.haugiang.digitalhelp.bot.resident.Resident.Consent;
import vn.haugiang.digitalhelp.bot.resident.Resident.DialogStep;

/**
 * The upsert of every resident turn ({@link Residents#seen}), built by hand: mapping it against the
 * {@link Resident} entity cost a turn more than the round trip. On insert it stores what the mapping stored
 * for a first contact (the id as an ObjectId, enums by name, instants as dates, the chat id already
 * sealed), and, for a turn that shows the privacy notice, the notice as {@link Residents#noticeShown} records it;
 * on every message it moves {@code lastSeen}.
 */
final class SeenUpdate {

    private SeenUpdate() {
    }

    /** @param notice the consent record of the notice this turn shows a first contact, or null */
    static Bson of(ObjectId newId, Channel channel, String sealedChatId, Instant now, Consent notice) {
        Date at = Date.from(now);
        Document onInsert = new Document("_id", newId)
                .append("channel", channel.name())
                .append("chatId", sealedChatId)
                .append("step", DialogStep.NONE.name())
                .append("failedAttempts", 0)
                .append("escalateAfterArea", false)
                .append("noticeVersion", notice == null ? 0 : notice.noticeVersion())
                .append("firstSeen", at);
        if (notice != null) {
            onInsert.append("consents", List.of(new Document("purpose", notice.purpose().name())
                    .append("given", notice.given())
                    .append("noticeVersion", notice.noticeVersion())
                    .append("at", Date.from(notice.at()))));
        }
        return new Document("$setOnInsert", onInsert).append("$set", new Document("lastSeen", at));
    }
}
