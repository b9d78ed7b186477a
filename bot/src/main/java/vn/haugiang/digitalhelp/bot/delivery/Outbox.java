package vn.haugiang.digitalhelp.bot.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import vn.haugiang.digitalhelp.bot.chat.Channel;
import vn.haugiang.digitalhelp.bot.chat.Reply;
import vn.haugiang.digitalhelp.bot.delivery.OutboxEntry.Kind;
import vn.haugiang.digitalhelp.bot.delivery.OutboxEntry.State;

/**
 * The durable outbox ({@code outbox} collection): every message to a chat is stored here first and sent by
 * the channel's paced sender. Entries carry an idempotency key, so handling an update twice (after a crash)
 * stores its replies once.
 */
@Component
public class Outbox {

    private static final String COUNTERS = "counters";

    private final MongoTemplate mongo;
    private final Clock clock;

    public Outbox(MongoTemplate mongo, Clock clock, MeterRegistry meters) {
        this.mongo = mongo;
        this.clock = clock;
        mongo.indexOps(OutboxEntry.class).createIndex(new Index("state", Sort.Direction.ASC).on("seq", Sort.Direction.ASC));
        Gauge.builder("digitalhelp.outbox.queue", this, Outbox::waitingCount)
                .description("Messages waiting to be delivered").register(meters);
    }

    /** Stores replies under {@code key}, in order; a key stored before stores nothing. Returns their references. */
    public List<String> send(String key, Channel channel, String chatId, List<Reply> replies) {
        long first = reserve(replies.size());
        List<String> references = new ArrayList<>();
        for (int i = 0; i < replies.size(); i++) {
            OutboxEntry entry = entry(key + "-" + i, first + i, channel, chatId, Kind.SEND, replies.get(i), null, null);
            store(entry);
            references.add(entry.reference());
        }
        return references;
    }

    /** Stores one message under a fresh key; returns its reference, which {@link #edit} understands. */
    public String send(Channel channel, String chatId, Reply reply) {
        return send(new ObjectId().toHexString(), channel, chatId, List.of(reply)).get(0);
    }

    public void edit(Channel channel, String chatId, String messageId, Reply reply) {
        store(entry(new ObjectId().toHexString(), reserve(1), channel, chatId, Kind.EDIT, reply, messageId, null));
    }

    public void copy(Channel channel, String fromChatId, String messageId, String toChatId) {
        store(entry(new ObjectId().toHexString(), reserve(1), channel, toChatId, Kind.COPY, null, messageId, fromChatId));
    }

    /** Pending entries in storing order, the first {@code limit}. */
    public List<OutboxEntry> pending(Channel channel, int limit) {
        return mongo.find(Query.query(Criteria.where("state").is(State.PENDING).and("channel").is(channel))
                .with(Sort.by("seq")).limit(limit), OutboxEntry.class);
    }

    public Optional<OutboxEntry> find(String reference) {
        return reference.startsWith(OutboxEntry.REFERENCE)
                ? Optional.ofNullable(mongo.findById(reference.substring(OutboxEntry.REFERENCE.length()), OutboxEntry.class))
                : Optional.empty();
    }

    public long waitingCount() {
        return mongo.count(Query.query(Criteria.where("state").is(State.PENDING)), OutboxEntry.class);
    }

    public void partSent(OutboxEntry entry, int partsSent, String messageId) {
        update(entry, new Update().set("partsSent", partsSent).set("messageId", messageId));
    }

    public void sent(OutboxEntry entry, String messageId) {
        update(entry, new Update().set("state", State.SENT).set("messageId", messageId).set("doneAt", clock.instant()));
    }

    /** The channel refused it for good (bot blocked, chat gone): kept for the record, never tried again. */
    public void undeliverable(OutboxEntry entry, String reason) {
        update(entry, new Update().set("state", State.UNDELIVERABLE).set("failure", reason).set("doneAt", clock.instant()));
    }

    /**
     * Withdraws every message still waiting for a chat (a team member who was deactivated): they are kept
     * for the record as undeliverable and never sent. Returns how many were withdrawn.
     */
    public long withdrawPending(Channel channel, String chatId, String reason) {
        return mongo.updateMulti(Query.query(Criteria.where("state").is(State.PENDING).and("channel").is(channel)
                        .and("chatId").is(chatId)),
                new Update().set("state", State.UNDELIVERABLE).set("failure", reason).set("doneAt", clock.instant()),
                OutboxEntry.class).getModifiedCount();
    }

    public void retryAt(OutboxEntry entry, Instant at, String reason) {
        update(entry, new Update().inc("attempts", 1).set("nextAttemptAt", at).set("failure", reason));
    }

    private void update(OutboxEntry entry, Update update) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(entry.id())), update, OutboxEntry.class);
    }

    private OutboxEntry entry(String id, long seq, Channel channel, String chatId, Kind kind, Reply reply, String target,
                              String fromChatId) {
        Instant now = clock.instant();
        return new OutboxEntry(id, seq, channel, chatId, kind, reply, target, fromChatId, State.PENDING, 0, 0, null,
                now, now, null, null);
    }

    private void store(OutboxEntry entry) {
        try {
            mongo.insert(entry);
        } catch (DuplicateKeyException storedBefore) {
            // the same update handled again after a crash: its replies are already queued
        }
    }

    /** Reserves {@code count} consecutive sequence numbers (one atomic increment, shared by all instances). */
    private long reserve(int count) {
        Document counter = mongo.findAndModify(Query.query(Criteria.where("_id").is("outbox")),
                new Update().inc("seq", (long) count), FindAndModifyOptions.options().upsert(true).returnNew(true),
                Document.class, COUNTERS);
        return ((Number) counter.get("seq")).longValue() - count + 1;
    }
}
