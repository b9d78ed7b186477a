package vn.haugiang.digitalhelp.admin.security;

import java.time.Clock;
import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import vn.haugiang.digitalhelp.admin.AdminProperties;
import vn.haugiang.digitalhelp.bot.RetentionProperties;

/**
 * Locks a user name for a while after too many wrong passwords in a row. The count lives in MongoDB
 * ({@code login_attempts}) and is changed only by atomic single-document updates, so every instance
 * sharing the database counts the same attempts and exactly one of them sets the lock.
 */
@Component
public class LoginThrottle {

    private final MongoTemplate mongo;
    private final AdminProperties properties;
    private final RetentionProperties retention;
    private final Clock clock;

    public LoginThrottle(MongoTemplate mongo, AdminProperties properties, RetentionProperties retention, Clock clock) {
        this.mongo = mongo;
        this.properties = properties;
        this.retention = retention;
        this.clock = clock;
    }

    public boolean isLocked(String username) {
        LoginAttempts attempts = mongo.findById(username, LoginAttempts.class);
        return attempts != null && attempts.lockedUntil() != null && attempts.lockedUntil().isAfter(Instant.now());
    }

    public void recordFailure(String username) {
        LoginAttempts counted = mongo.findAndModify(byUser(username), new Update().inc("failures", 1).set("lastFailureAt", clock.instant()),
                FindAndModifyOptions.options().upsert(true).returnNew(true), LoginAttempts.class);
        if (counted != null && counted.failures() >= properties.maxLoginFailures()) {
            // Only the update that still sees this count locks, so a lock is set once per run of failures.
            Query reachedLimit = Query.query(Criteria.where("_id").is(username).and("failures").is(counted.failures()));
            mongo.updateFirst(reachedLimit, new Update()
                    .set("failures", 0)
                    .set("lockedUntil", Instant.now().plus(properties.lockDuration())), LoginAttempts.class);
        }
    }

    public void recordSuccess(String username) {
        mongo.updateFirst(byUser(username), new Update().set("failures", 0), LoginAttempts.class);
    }

    @Scheduled(fixedDelayString = "${digitalhelp.retention.purge-check:6h}",
            initialDelayString = "${digitalhelp.retention.purge-check:6h}")
    void purgeOnSchedule() {
        purgeExpired();
    }

    /**
     * Forgets the failure counts of user names with no failed login within {@code login-attempts}
     * retention (a lock still running is kept). @return how many went
     */
    public long purgeExpired() {
        Instant now = clock.instant();
        Criteria notLocked = new Criteria().orOperator(Criteria.where("lockedUntil").is(null),
                Criteria.where("lockedUntil").lt(now));
        Criteria idle = new Criteria().orOperator(Criteria.where("lastFailureAt").lt(now.minus(retention.loginAttempts())),
                Criteria.where("lastFailureAt").exists(false));
        return mongo.remove(Query.query(new Criteria().andOperator(notLocked, idle)), LoginAttempts.class)
                .getDeletedCount();
    }

    private static Query byUser(String username) {
        return Query.query(Criteria.where("_id").is(username));
    }

    @Document("login_attempts")
    record LoginAttempts(@Id String username, int failures, Instant lockedUntil, Instant lastFailureAt) {
    }
}
