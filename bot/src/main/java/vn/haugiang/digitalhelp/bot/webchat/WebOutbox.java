package vn.haugiang.digitalhelp.bot.webchat;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.bson.Document;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import vn.haugiang.digitalhelp.bot.RetentionProperties;
import vn.haugiang.digitalhelp.bot.chat.Button;
import vn.haugiang.digitalhelp.bot.chat.Channel;
import vn.haugiang.digitalhelp.bot.chat.Reply;
import vn.haugiang.digitalhelp.bot.delivery.ChatMessenger;
import vn.haugiang.digitalhelp.bot.delivery.Messengers;
import vn.haugiang.digitalhelp.bot.privacy.ResidentDataErased;

/**
 * Messages for a web chat visitor that did not come as the answer to their own request (a team member's
 * reply, the rating question). They wait in MongoDB until the page fetches them.
 */
@Component
public class WebOutbox implements ChatMessenger {

    static final String COLLECTION = "web_outbox";
    private final MongoTemplate mongo;
    private final Clock clock;
    private final RetentionProperties retention;

    public WebOutbox(MongoTemplate mongo, Clock clock, Messengers messengers, RetentionProperties retention) {
        this.retention = retention;
        this.mongo = mongo;
        this.clock = clock;
        mongo.indexOps(COLLECTION).createIndex(new Index().on("sessionId", Sort.Direction.ASC).on("at", Sort.Direction.ASC));
        messengers.register(this);
    }

    @Override
    public Channel channel() {
        return Channel.WEB;
    }

    @Override
    public Optional<String> send(String sessionId, Reply reply) {
        List<Document> buttons = reply.buttons().stream()
                .map(b -> new Document("label", b.label()).append("action", b.action()))
                .toList();
        Document message = new Document("sessionId", sessionId).append("at", Date.from(clock.instant()))
                .append("markdown", reply.markdown()).append("buttons", buttons);
        mongo.insert(message, COLLECTION);
        return Optional.of(message.getObjectId("_id").toHexString());
    }

    @Override
    public void edit(String sessionId, String messageId, Reply reply) {
        // A web visitor sees a message once it is fetched; there is nothing to change afterwards.
    }

    @Override
    public boolean copy(String fromChatId, String messageId, String toChatId) {
        return false;
    }

    /** An erased visitor's waiting messages go with the rest of their data. */
    @EventListener
    void residentDataErased(ResidentDataErased erased) {
        if (erased.channel() == Channel.WEB) {
            mongo.remove(Query.query(Criteria.where("sessionId").is(erased.chatId())), COLLECTION);
        }
    }

    /** Messages nobody fetched within {@code web-outbox} retention are removed. */
    @Scheduled(fixedDelayString = "${digitalhelp.retention.purge-check:6h}",
            initialDelayString = "${digitalhelp.retention.purge-check:6h}")
    void purgeOnSchedule() {
        purgeExpired();
    }

    /** @return how many waiting messages were too old and went */
    public long purgeExpired() {
        Instant cutoff = clock.instant().minus(retention.webOutbox());
        return mongo.remove(Query.query(Criteria.where("at").lt(Date.from(cutoff))), COLLECTION).getDeletedCount();
    }

    /** Takes the waiting messages of a visitor, oldest first; each is handed out once. */
    List<Reply> take(String sessionId) {
        List<Document> waiting = mongo.find(Query.query(Criteria.where("sessionId").is(sessionId))
                .with(Sort.by("at")).limit(50), Document.class, COLLECTION);
        List<Reply> replies = new java.util.ArrayList<>();
        for (Document message : waiting) {
            boolean mine = mongo.remove(Query.query(Criteria.where("_id").is(message.getObjectId("_id"))), COLLECTION)
                    .getDeletedCount() == 1;
            if (mine) {
                replies.add(new Reply(message.getString("markdown"), message.getList("buttons", Document.class).stream()
                        .map(b -> new Button(b.getString("label"), b.getString("action")))
                        .toList()));
            }
        }
        return replies;
    }
}
