package vn.haugiang.digitalhelp.bot.coordination;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Named leases in MongoDB ({@code leases} collection), so that of several service instances exactly one
 * does a job at a time (polls Telegram, sends, handles one chat) and another takes over when the holder
 * stops renewing. Each lease is one document changed by one conditional atomic update: the holder renews
 * it, anybody may take it once it has expired, and a second taker loses on the unique {@code _id}.
 */
@Component
public class Leases {

    static final String COLLECTION = "leases";

    private final MongoTemplate mongo;
    private final Clock clock;
    private final String holder = UUID.randomUUID().toString();

    public Leases(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** Takes or renews the lease for {@code duration}; false while another instance holds it. */
    public boolean acquire(String name, Duration duration) {
        Instant now = clock.instant();
        Date until = Date.from(now.plus(duration));
        Query free = Query.query(Criteria.where("_id").is(name).orOperator(
                Criteria.where("holder").is(holder), Criteria.where("until").lt(Date.from(now))));
        if (mongo.findAndModify(free, new Update().set("holder", holder).set("until", until), Document.class, COLLECTION) != null) {
            return true;
        }
        if (mongo.exists(Query.query(Criteria.where("_id").is(name)), COLLECTION)) {
            return false;
        }
        try {
            mongo.insert(new Document("_id", name).append("holder", holder).append("until", until), COLLECTION);
            return true;
        } catch (DuplicateKeyException takenMeanwhile) {
            return false;
        }
    }

    /** Gives the lease up at once, if this instance holds it. */
    public void release(String name) {
        mongo.remove(Query.query(Criteria.where("_id").is(name).and("holder").is(holder)), COLLECTION);
    }

    /** This instance's identity as a lease holder (random per start). */
    public String holder() {
        return holder;
    }
}
