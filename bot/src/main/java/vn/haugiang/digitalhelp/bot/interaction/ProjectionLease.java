package vn.haugiang.digitalhelp.bot.interaction;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import vn.haugiang.digitalhelp.bot.MetricsProperties;

/**
 * One projector at a time across instances: a lease document taken or renewed with one conditional
 * update; another instance takes over only once it has lapsed.
 */
@Component
public class ProjectionLease {

    static final String COLLECTION = "projection";
    private static final String LEASE = "lease";

    private final MongoTemplate mongo;
    private final Clock clock;
    private final MetricsProperties.Projection settings;
    private final String owner = UUID.randomUUID().toString();

    public ProjectionLease(MongoTemplate mongo, Clock clock, MetricsProperties properties) {
        this.mongo = mongo;
        this.clock = clock;
        this.settings = properties.projection();
    }

    /** Takes or renews the lease; false while another instance holds it. */
    public boolean hold() {
        Instant now = clock.instant();
        Criteria mineOrLapsed = new Criteria().orOperator(Criteria.where("owner").is(owner), Criteria.where("until").lt(now));
        try {
            return mongo.findAndModify(Query.query(Criteria.where("_id").is(LEASE).andOperator(mineOrLapsed)),
                    new Update().set("owner", owner).set("until", now.plus(settings.lease())),
                    FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, COLLECTION) != null;
        } catch (DuplicateKeyException heldByAnother) {
            return false;
        }
    }

    /** Lets another instance take over at once (on a clean stop). */
    public void release() {
        mongo.remove(Query.query(Criteria.where("_id").is(LEASE).and("owner").is(owner)), COLLECTION);
    }
}
