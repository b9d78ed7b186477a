package vn.haugiang.digitalhelp.app.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bson.Document;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.model.InsertManyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;

import vn.haugiang.digitalhelp.bot.metrics.RollupStore;

/**
 * The rollup operations applied to documents in memory, for the benchmark: the same listener code
 * builds the same documents, which are then bulk-inserted instead of updated one event at a time.
 */
final class InMemoryRollupStore implements RollupStore {

    private final Map<String, Map<String, Document>> collections = new HashMap<>();

    @Override
    public void increment(String collection, String id, Map<String, Object> identity, Map<String, Long> counters) {
        Document document = document(collection, id, identity);
        counters.forEach((path, amount) -> {
            Document parent = parent(document, path);
            String field = path.substring(path.lastIndexOf('.') + 1);
            parent.put(field, ((Number) parent.getOrDefault(field, 0L)).longValue() + amount);
        });
    }

    @Override
    public void append(String collection, String id, Map<String, Object> identity, String field, Object value, int keep) {
        @SuppressWarnings("unchecked")
        List<Object> values = (List<Object>) document(collection, id, identity).computeIfAbsent(field, f -> new ArrayList<>());
        values.add(value);
        if (values.size() > keep) {
            values.remove(0);
        }
    }

    @Override
    public boolean insertIfAbsent(String collection, String id, Map<String, Object> fields) {
        Map<String, Document> documents = collections.computeIfAbsent(collection, c -> new HashMap<>());
        if (documents.containsKey(id)) {
            return false;
        }
        Document document = new Document("_id", id);
        document.putAll(fields);
        documents.put(id, document);
        return true;
    }

    @Override
    public Optional<Document> replaceIf(String collection, String id, String field, Object expected, Object value) {
        Document document = collections.getOrDefault(collection, Map.of()).get(id);
        if (document == null || !expected.equals(document.get(field))) {
            return Optional.empty();
        }
        document.put(field, value);
        return Optional.of(document);
    }

    /**
     * Writes every document with bulk inserts and checks that each collection then holds exactly them;
     * returns how many. A batch the driver retried (its first attempt did reach the server) reports the
     * documents already written as duplicates, which are the same documents.
     */
    long flushTo(MongoTemplate mongo) {
        long written = 0;
        for (Map.Entry<String, Map<String, Document>> collection : collections.entrySet()) {
            List<Document> batch = new ArrayList<>();
            for (Document document : collection.getValue().values()) {
                batch.add(document);
                if (batch.size() == 100) {
                    insert(mongo, collection.getKey(), batch);
                    batch = new ArrayList<>();
                }
            }
            if (!batch.isEmpty()) {
                insert(mongo, collection.getKey(), batch);
            }
            long stored = mongo.getCollection(collection.getKey()).countDocuments();
            if (stored != collection.getValue().size()) {
                throw new IllegalStateException(collection.getKey() + " holds " + stored + " documents, expected "
                        + collection.getValue().size());
            }
            written += stored;
        }
        return written;
    }

    private static void insert(MongoTemplate mongo, String collection, List<Document> batch) {
        try {
            mongo.getCollection(collection).insertMany(batch, new InsertManyOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            if (e.getWriteErrors().stream().anyMatch(error -> error.getCode() != 11000)) {
                throw e;
            }
        }
    }

    private Document document(String collection, String id, Map<String, Object> identity) {
        return collections.computeIfAbsent(collection, c -> new HashMap<>()).computeIfAbsent(id, key -> {
            Document created = new Document("_id", key);
            created.putAll(identity);
            return created;
        });
    }

    private static Document parent(Document document, String path) {
        Document parent = document;
        String[] parts = path.split("\\.");
        for (int i = 0; i < parts.length - 1; i++) {
            Document next = parent.get(parts[i], Document.class);
            if (next == null) {
                next = new Document();
                parent.put(parts[i], next);
            }
            parent = next;
        }
        return parent;
    }
}
