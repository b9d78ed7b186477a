package vn.haugiang.digitalhelp.bot.metrics;

import java.util.Map;
import java.util.Optional;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** The rollup operations as single-document atomic updates ({@code $inc}/{@code $push} upserts). */
@Component
public class MongoRollupStore implements RollupStore {

    private final MongoTemplate mongo;

    public MongoRollupStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void increment(String collection, String id, Map<String, Object> identity, Map<String, Long> counters) {
        Update update = new Update();
        identity.forEach(update::setOnInsert);
        counters.forEach(update::inc);
        upsert(collection, id, update);
    }

    @Override
    public void append(String collection, String id, Map<String, Object> identity, String field, Object value, int keep) {
        Update update = new Update();
        identity.forEach(update::setOnInsert);
        update.push(field).slice(-keep).each(value);
        upsert(collection, id, update);
    }

    @Override
    public boolean insertIfAbsent(String collection, String id, Map<String, Object> fields) {
        Update update = new Update();
        fields.forEach(update::setOnInsert);
        try {
            return mongo.upsert(byId(id), update, collection).getUpsertedId() != null;
        } catch (DuplicateKeyException insertedMeanwhile) {
            return false;
        }
    }

    @Override
    public Optional<Document> replaceIf(String collection, String id, String field, Object expected, Object value) {
        return Optional.ofNullable(mongo.findAndModify(Query.query(Criteria.where("_id").is(id).and(field).is(expected)),
                new Update().set(field, value), FindAndModifyOptions.options().returnNew(true), Document.class, collection));
    }

    private void upsert(String collection, String id, Update update) {
        try {
            mongo.upsert(byId(id), update, collection);
        } catch (DuplicateKeyException createdMeanwhile) {
            // Two first writers raced to create the document; the loser's update now finds it.
            mongo.upsert(byId(id), update, collection);
        }
    }

    private static Query byId(String id) {
        return Query.query(Criteria.where("_id").is(id));
    }
}
