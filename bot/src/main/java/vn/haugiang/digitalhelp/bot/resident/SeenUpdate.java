package vn.haugiang.digitalhelp.bot.resident;

import java.time.Instant;
import java.util.Date;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;

import vn.haugiang.digitalhelp.bot.chat.Channel;
import vn.haugiang.digitalhelp.bot.resident.Resident.DialogStep;

/**
 * The upsert of every resident turn ({@link Residents#seen}), built by hand: mapping it against the
 * {@link Resident} entity cost a turn more than the round trip. On insert it stores what the mapping stored
 * for a first contact (the id as an ObjectId, enums by name, instants as dates, the chat id already
 * sealed); on every message it moves {@code lastSeen}.
 */
final class SeenUpdate {

    private SeenUpdate() {
    }

    static Bson of(ObjectId newId, Channel channel, String sealedChatId, Instant now) {
        Date at = Date.from(now);
        Document onInsert = new Document("_id", newId)
                .append("channel", channel.name())
                .append("chatId", sealedChatId)
                .append("step", DialogStep.NONE.name())
                .append("failedAttempts", 0)
                .append("escalateAfterArea", false)
                .append("noticeVersion", 0)
                .append("firstSeen", at);
        return new Document("$setOnInsert", onInsert).append("$set", new Document("lastSeen", at));
    }
}
