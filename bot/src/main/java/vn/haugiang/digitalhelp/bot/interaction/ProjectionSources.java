package vn.haugiang.digitalhelp.bot.interaction;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.PartialIndexFilter;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * What the projections read: the turns ({@code interactions}) and the {@code events}. Each is written
 * with {@code pending: true} in its one insert; the projector clears the mark once every projection has
 * applied it. A record inserted late (an instance that buffered turns while MongoDB was away) is still
 * pending, so it is never skipped the way a time checkpoint would skip it.
 */
@Component
public class ProjectionSources {

    public static final String INTERACTIONS = "interactions";
    public static final String EVENTS = "events";
    static final String PENDING = "pending";

    private final MongoTemplate mongo;

    public ProjectionSources(MongoTemplate mongo) {
        this.mongo = mongo;
        for (String collection : List.of(INTERACTIONS, EVENTS)) {
            mongo.indexOps(collection).createIndex(new Index(PENDING, Sort.Direction.ASC)
                    .partial(PartialIndexFilter.of(Criteria.where(PENDING).is(true))));
        }
    }

    /** The document of one insert: the value as mapped, marked pending. */
    public static Document pending(MongoTemplate mongo, Object value) {
        Document document = new Document();
        mongo.getConverter().write(value, document);
        document.remove("_class");
        document.put(PENDING, true);
        return document;
    }

    /** The oldest pending turns, in the order they were written. */
    List<Interaction> pendingTurns(int limit) {
        return mongo.find(pendingQuery(limit), Interaction.class, INTERACTIONS);
    }

    List<LoggedEvent> pendingEvents(int limit) {
        return mongo.find(pendingQuery(limit), LoggedEvent.class, EVENTS);
    }

    List<Interaction> turns(Collection<String> ids) {
        return mongo.find(Query.query(Criteria.where("_id").in(ids)).with(Sort.by("_id")), Interaction.class, INTERACTIONS);
    }

    List<LoggedEvent> events(Collection<String> ids) {
        return mongo.find(Query.query(Criteria.where("_id").in(ids)).with(Sort.by("_id")), LoggedEvent.class, EVENTS);
    }

    /** Turns already projected, from {@code fromDay} on, after {@code afterId} (null: from the first), in order. */
    public List<Interaction> projectedTurns(String fromDay, String afterId, int limit) {
        return mongo.find(projectedQuery(fromDay, afterId, limit), Interaction.class, INTERACTIONS);
    }

    public List<LoggedEvent> projectedEvents(String fromDay, String afterId, int limit) {
        return mongo.find(projectedQuery(fromDay, afterId, limit), LoggedEvent.class, EVENTS);
    }

    void markProjected(Collection<String> turnIds, Collection<String> eventIds) {
        if (!turnIds.isEmpty()) {
            mongo.updateMulti(Query.query(Criteria.where("_id").in(stored(turnIds))), new Update().unset(PENDING), INTERACTIONS);
        }
        if (!eventIds.isEmpty()) {
            mongo.updateMulti(Query.query(Criteria.where("_id").in(eventIds)), new Update().unset(PENDING), EVENTS);
        }
    }

    /** How many turns and events wait, and when the oldest waiting turn was written. */
    ProjectionLag lag() {
        long waiting = mongo.count(Query.query(Criteria.where(PENDING).is(true)), INTERACTIONS)
                + mongo.count(Query.query(Criteria.where(PENDING).is(true)), EVENTS);
        Query oldest = pendingQuery(1);
        oldest.fields().include("at");
        Optional<Instant> since = Optional.ofNullable(mongo.findOne(oldest, Document.class, INTERACTIONS))
                .map(document -> document.getDate("at").toInstant());
        return new ProjectionLag(waiting, since.orElse(null));
    }

    /** A turn's id as stored: an ObjectId (the mapping stores a valid hex id as one). */
    private static Object stored(String id) {
        return ObjectId.isValid(id) ? new ObjectId(id) : id;
    }

    private static List<Object> stored(Collection<String> ids) {
        return ids.stream().map(ProjectionSources::stored).toList();
    }

    private static Query pendingQuery(int limit) {
        return Query.query(Criteria.where(PENDING).is(true)).with(Sort.by("_id")).limit(limit);
    }

    private static Query projectedQuery(String fromDay, String afterId, int limit) {
        Criteria criteria = Criteria.where(PENDING).exists(false);
        if (fromDay != null) {
            criteria = criteria.and("day").gte(fromDay);
        }
        if (afterId != null) {
            criteria = criteria.and("_id").gt(stored(afterId));
        }
        return Query.query(criteria).with(Sort.by("_id")).limit(limit);
    }

    /** How far the projection is behind: records waiting and the time of the oldest waiting turn (null: none). */
    public record ProjectionLag(long waiting, Instant oldestWaiting) {
    }
}
