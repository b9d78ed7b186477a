package vn.haugiang.digitalhelp.app.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bson.Document;
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

    /** Writes every document with bulk inserts; returns how many. */
    long flushTo(MongoTemplate mongo) {
        long written = 0;
        for (Map.Entry<String, Map<String, Document>> collection : collections.entrySet()) {
            List<Document> batch = new ArrayList<>();
            for (Document document : collection.getValue().values()) {
                batch.add(document);
                if (batch.size() == 100) {
                    mongo.getCollection(collection.getKey()).insertMany(batch);
                    written += batch.size();
                    batch = new ArrayList<>();
                }
            }
            if (!batch.isEmpty()) {
                mongo.getCollection(collection.getKey()).insertMany(batch);
                written += batch.size();
            }
        }
        return written;
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
