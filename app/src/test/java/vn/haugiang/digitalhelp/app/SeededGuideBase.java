package vn.haugiang.digitalhelp.app;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

import org.bson.Document;
import org.bson.RawBsonDocument;
import org.springframework.data.mongodb.core.MongoTemplate;

import vn.haugiang.digitalhelp.kb.search.GuideIndex;

/**
 * The guide base as a fresh start left it: every document of the collections the guide index is built from (and
 * of the seed's own records), fingerprinted, and how many indexes the service had built then. A class that leaves
 * them exactly so, with no index built since, hands them on to the next class as they are, for seeding them again
 * and rebuilding the index would make the same guides and the same index, up to the guides' ids and save times
 * (about 150 ms a class; most classes never touch a guide).
 */
final class SeededGuideBase {

    /** The guides with their history, the seed's records, the guides' pictures and the questions marked out of scope. */
    static final Set<String> COLLECTIONS = Set.of("articles", "article_versions", "seed_sync", "out_of_scope_questions",
            "guide_images.files", "guide_images.chunks");

    private final byte[] fingerprint;
    private final long indexBuilds;

    private SeededGuideBase(byte[] fingerprint, long indexBuilds) {
        this.fingerprint = fingerprint;
        this.indexBuilds = indexBuilds;
    }

    /** The guide base as it is now, just seeded and indexed. */
    static SeededGuideBase now(MongoTemplate mongo, GuideIndex index) {
        return new SeededGuideBase(fingerprint(mongo), index.builds());
    }

    /** Whether nothing has changed it since: the same documents, byte for byte, and no index built since. */
    boolean unchanged(MongoTemplate mongo, GuideIndex index) {
        return index.builds() == indexBuilds && Arrays.equals(fingerprint(mongo), fingerprint);
    }

    private static byte[] fingerprint(MongoTemplate mongo) {
        MessageDigest digest = sha256();
        for (String name : new TreeSet<>(COLLECTIONS)) {
            digest.update(name.getBytes(StandardCharsets.UTF_8));
            for (RawBsonDocument document : mongo.getCollection(name).withDocumentClass(RawBsonDocument.class)
                    .find().sort(new Document("_id", 1))) {
                digest.update(document.getByteBuffer().asNIO());
            }
        }
        return digest.digest();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
