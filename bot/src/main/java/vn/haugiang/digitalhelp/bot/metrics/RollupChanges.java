package vn.haugiang.digitalhelp.bot.metrics;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The rollup changes of one projection batch, gathered per document so each document gets one update
 * however many turns touch it. Every update also records the batch id in the document ({@code batches},
 * the newest {@value #BATCHES_KEPT}); a batch applied again skips the documents that already carry it.
 */
final class RollupChanges {

    static final String BATCHES = "batches";
    private static final int BATCHES_KEPT = 50;

    private final String batchId;
    private final Map<String, Map<String, Change>> byCollection = new LinkedHashMap<>();

    RollupChanges(String batchId) {
        this.batchId = batchId;
    }

    void increment(String collection, String id, Map<String, Object> identity, Map<String, Long> counters) {
        Change change = change(collection, id, identity);
        counters.forEach((field, count) -> change.counters.merge(field, count, Long::sum));
    }

    void append(String collection, String id, Map<String, Object> identity, String field, Object value, int keep) {
        Change change = change(collection, id, identity);
        change.appended.computeIfAbsent(field, f -> new ArrayList<>()).add(value);
        change.keep.put(field, keep);
    }

    /** Writes every change not written before under this batch id. */
    void applyTo(MongoTemplate mongo) {
        byCollection.forEach((collection, changes) -> {
            Set<String> done = alreadyApplied(mongo, collection, changes.keySet());
            changes.forEach((id, change) -> {
                Update update = change.update();
                if (!done.contains(id) && update != null) {
                    update.push(BATCHES).slice(-BATCHES_KEPT).each(batchId);
                    mongo.upsert(Query.query(Criteria.where("_id").is(id)), update, collection);
                }
            });
        });
    }

    private Set<String> alreadyApplied(MongoTemplate mongo, String collection, Set<String> ids) {
        Query query = Query.query(Criteria.where("_id").in(ids).and(BATCHES).is(batchId));
        query.fields().include("_id");
        Set<String> done = new HashSet<>();
        mongo.find(query, Document.class, collection).forEach(document -> done.add(document.getString("_id")));
        return done;
    }

    private Change change(String collection, String id, Map<String, Object> identity) {
        return byCollection.computeIfAbsent(collection, c -> new LinkedHashMap<>())
                .computeIfAbsent(id, i -> new Change(identity));
    }

    private static final class Change {
        private final Map<String, Object> identity;
        private final Map<String, Long> counters = new LinkedHashMap<>();
        private final Map<String, List<Object>> appended = new LinkedHashMap<>();
        private final Map<String, Integer> keep = new LinkedHashMap<>();

        private Change(Map<String, Object> identity) {
            this.identity = identity;
        }

        /** The update, or null when the changes cancel out. */
        private Update update() {
            Update update = new Update();
            boolean any = false;
            for (Map.Entry<String, Long> counter : counters.entrySet()) {
                if (counter.getValue() != 0) {
                    update.inc(counter.getKey(), counter.getValue());
                    any = true;
                }
            }
            for (Map.Entry<String, List<Object>> values : appended.entrySet()) {
                update.push(values.getKey()).slice(-keep.get(values.getKey())).each(values.getValue().toArray());
                any = true;
            }
            if (!any) {
                return null;
            }
            identity.forEach(update::setOnInsert);
            return update;
        }
    }
}
