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
import vn.haugiang.digitalhelp.bot.resident.Resident.Purpose;

/**
 * The profile's document on every resident turn ({@link Residents#seen}), written and read by hand: mapping the
 * upsert and the returned profile against the {@link Resident} entity cost a turn more than the round trip.
 * The upsert stores on insert what the mapping stored for a first contact (the id as an ObjectId, enums by
 * name, instants as dates, the chat id already sealed) and, for a turn that shows the privacy notice, the notice
 * as {@link Residents#noticeShown} records it; on every message it moves {@code lastSeen}. The profile read
 * back is the one the mapping reads, but for the chat id, which the turn already knows, so it is not opened.
 */
final class ResidentDocument {

    private ResidentDocument() {
    }

    /** @param notice the consent record of the notice this turn shows a first contact, or null */
    static Bson seenUpdate(ObjectId newId, Channel channel, String sealedChatId, Instant now, Consent notice) {
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

    /** The stored profile, with the chat id it is known by (the stored one is sealed). */
    static Resident read(Document stored, String chatId) {
        Object id = stored.get("_id");
        List<Document> consents = stored.getList("consents", Document.class);
        return new Resident(id instanceof ObjectId objectId ? objectId.toHexString() : String.valueOf(id),
                stored.getString("pseudonym"), named(Channel.class, stored.getString("channel")), chatId,
                stored.getString("communeId"), stored.getString("hamletId"),
                named(DialogStep.class, stored.getString("step")), stored.getString("stepCommuneId"),
                number(stored.get("failedAttempts")), stored.getString("activeEscalationId"),
                Boolean.TRUE.equals(stored.getBoolean("escalateAfterArea")), number(stored.get("noticeVersion")),
                consents == null ? null : consents.stream().map(ResidentDocument::consent).toList(),
                instant(stored.getDate("firstSeen")), instant(stored.getDate("lastSeen")));
    }

    private static Consent consent(Document stored) {
        return new Consent(named(Purpose.class, stored.getString("purpose")),
                Boolean.TRUE.equals(stored.getBoolean("given")), number(stored.get("noticeVersion")),
                instant(stored.getDate("at")));
    }

    private static <E extends Enum<E>> E named(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    private static int number(Object stored) {
        return stored == null ? 0 : ((Number) stored).intValue();
    }

    private static Instant instant(Date stored) {
        return stored == null ? null : stored.toInstant();
    }
}
