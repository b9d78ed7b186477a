package vn.haugiang.digitalhelp.bot;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

import org.bson.Document;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.util.StringUtils;

/**
 * Secret keys: the configured one, or else a random key created once and kept in MongoDB
 * ({@code settings}), created atomically by whichever instance asks first, so every instance sharing
 * the database uses the same key.
 */
public final class StoredSecrets {

    private static final String SETTINGS = "settings";

    private StoredSecrets() {
    }

    /** The configured secret's bytes when set, otherwise the shared generated key named {@code name}. */
    public static byte[] configuredOrStored(String configured, MongoTemplate mongo, String name) {
        if (StringUtils.hasText(configured)) {
            return configured.getBytes(StandardCharsets.UTF_8);
        }
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        Document stored = mongo.findAndModify(
                Query.query(Criteria.where("_id").is(name)),
                new Update().setOnInsert("value", Base64.getEncoder().encodeToString(fresh)),
                FindAndModifyOptions.options().upsert(true).returnNew(true),
                Document.class, SETTINGS);
        return Base64.getDecoder().decode(stored.getString("value"));
    }
}
