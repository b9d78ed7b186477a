package vn.haugiang.digitalhelp.bot.inbox;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** The {@code inbox} collection: every inbound update once, keyed by its update id. */
@Component
public class UpdateInbox {

    private final MongoTemplate mongo;
    private final Clock clock;

    public UpdateInbox(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
        mongo.indexOps(InboxEntry.class).createIndex(new Index("chatKey", Sort.Direction.ASC)
                .on("processedAt", Sort.Direction.ASC));
        mongo.indexOps(InboxEntry.class).createIndex(new Index("processedAt", Sort.Direction.ASC)
                .on("receivedAt", Sort.Direction.ASC));
    }

    /** Stores an update; false when it is a redelivery of one stored before (nothing changes then). */
    public boolean store(long updateId, String chatKey, String payload) {
        try {
            mongo.insert(new InboxEntry(updateId, chatKey, payload, clock.instant(), null, 0));
            return true;
        } catch (DuplicateKeyException redelivered) {
            return false;
        }
    }

    /** The chat's waiting updates, oldest update id first. */
    public List<InboxEntry> waiting(String chatKey, int limit) {
        return mongo.find(Query.query(Criteria.where("chatKey").is(chatKey).and("processedAt").is(null))
                .with(Sort.by("_id")).limit(limit), InboxEntry.class);
    }

    /** Chats with an update that has waited since before {@code receivedBefore} (left by a crash or a lost race). */
    public List<String> chatsWaitingSince(Instant receivedBefore, int limit) {
        return mongo.find(Query.query(Criteria.where("processedAt").is(null).and("receivedAt").lt(receivedBefore))
                        .with(Sort.by("receivedAt")).limit(limit), InboxEntry.class)
                .stream().map(InboxEntry::chatKey).distinct().toList();
    }

    public long waitingCount() {
        return mongo.count(Query.query(Criteria.where("processedAt").is(null)), InboxEntry.class);
    }

    public void processed(long updateId) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(updateId)),
                new Update().set("processedAt", clock.instant()), InboxEntry.class);
    }

    /** Handling failed: counts the attempt; after {@code maxAttempts} the update is set aside as processed. */
    public void failed(InboxEntry entry, int maxAttempts) {
        Update update = new Update().inc("attempts", 1);
        if (entry.attempts() + 1 >= maxAttempts) {
            update.set("processedAt", clock.instant()).set("abandoned", true);
        }
        mongo.updateFirst(Query.query(Criteria.where("_id").is(entry.updateId())), update, InboxEntry.class);
    }
}
