package vn.haugiang.digitalhelp.bot.metrics;

import java.util.Map;
import java.util.Optional;

import org.bson.Document;

/**
 * The few single-document operations the rollups are kept with. On MongoDB each is one atomic update
 * of one document ({@link MongoRollupStore}); the benchmark runs the same rollup code on an in-memory
 * store and bulk-inserts the result.
 */
public interface RollupStore {

    /** Adds to counters of a document, creating it with {@code identity} first if it is missing. */
    void increment(String collection, String id, Map<String, Object> identity, Map<String, Long> counters);

    /** Appends a value to an array of a document (creating it), keeping only the newest {@code keep}. */
    void append(String collection, String id, Map<String, Object> identity, String field, Object value, int keep);

    /** Inserts the document unless one with this id exists; true when this call inserted it. */
    boolean insertIfAbsent(String collection, String id, Map<String, Object> fields);

    /** Sets {@code field} to {@code value} where it is {@code expected}; the changed document, or empty. */
    Optional<Document> replaceIf(String collection, String id, String field, Object expected, Object value);
}
