package vn.haugiang.digitalhelp.bot.interaction;

import java.time.Instant;
import java.util.Date;

import org.bson.Document;
import org.bson.types.ObjectId;

/**
 * A turn as the document its one insert stores, built by hand: the entity mapping of {@link Interaction}
 * cost a turn more than the insert itself. The document is the one the mapping wrote (an id that is an
 * ObjectId's hex stored as an ObjectId, enums by name, instants as dates, nulls left out), marked pending
 * for the {@link Projector}; it is read back through the mapping as before.
 */
public final class InteractionDocument {

    private InteractionDocument() {
    }

    /** The document of the turn's insert, marked pending. */
    public static Document pending(Interaction turn) {
        Document document = new Document("_id", ObjectId.isValid(turn.id()) ? new ObjectId(turn.id()) : turn.id());
        document.put("at", date(turn.at()));
        putIfPresent(document, "day", turn.day());
        putIfPresent(document, "channel", turn.channel() == null ? null : turn.channel().name());
        putIfPresent(document, "residentId", turn.residentId());
        putIfPresent(document, "communeId", turn.communeId());
        putIfPresent(document, "hamletId", turn.hamletId());
        putIfPresent(document, "question", turn.question());
        putIfPresent(document, "action", turn.action());
        putIfPresent(document, "outcome", turn.outcome() == null ? null : turn.outcome().name());
        putIfPresent(document, "topic", turn.topic());
        putIfPresent(document, "articleId", turn.articleId());
        document.put("score", turn.score());
        document.put("latencyMicros", turn.latencyMicros());
        putIfPresent(document, "feedback", turn.feedback() == null ? null : turn.feedback().name());
        putIfPresent(document, "feedbackAt", date(turn.feedbackAt()));
        document.put(ProjectionSources.PENDING, true);
        return document;
    }

    private static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    private static void putIfPresent(Document document, String key, Object value) {
        if (value != null) {
            document.put(key, value);
        }
    }
}
