package vn.haugiang.digitalhelp.admin.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import vn.haugiang.digitalhelp.bot.RetentionProperties;

/**
 * Slows down password guessing with growing waits instead of a lock: after the free failures, every
 * further failure doubles the wait before the next attempt is even checked. Failures are counted per client
 * address (one address spraying many user names) and per user name (many addresses guessing one), in
 * MongoDB ({@code login_attempts}, atomic single-document updates, so every instance counts the same
 * attempts). Unknown and known user names are counted alike. A success clears its address and name;
 * records untouched for {@code digitalhelp.retention.login-attempts} are purged every hour. Addresses and user names are kept only as hashes.
 */
@Component
public class LoginThrottle {

    private final MongoTemplate mongo;
    private final LoginThrottleProperties properties;
    private final RetentionProperties retention;
    private final Clock clock;

    public LoginThrottle(MongoTemplate mongo, LoginThrottleProperties properties, RetentionProperties retention,
                         Clock clock) {
        this.mongo = mongo;
        this.properties = properties;
        this.retention = retention;
        this.clock = clock;
    }

    /** Whether an attempt from this address for this user name must wait; it is then refused unchecked. */
    public boolean mustWait(String address, String username) {
        Instant now = clock.instant();
        return waiting(addressKey(address), now) || waiting(userKey(username), now);
    }

    public void recordFailure(String address, String username) {
        Instant now = clock.instant();
        count(addressKey(address), now, properties.freeFailuresPerAddress(), properties.maxWaitPerAddress());
        count(userKey(username), now, properties.freeFailuresPerUser(), properties.maxWaitPerUser());
    }

    public void recordSuccess(String address, String username) {
        mongo.remove(Query.query(Criteria.where("_id").in(addressKey(address), userKey(username))), LoginAttempts.class);
    }

    /** Deletes the records of attempts older than the retention time; returns how many. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    public long purgeOld() {
        return mongo.remove(Query.query(Criteria.where("lastFailure").lt(clock.instant().minus(retention.loginAttempts()))),
                LoginAttempts.class).getDeletedCount();
    }

    private boolean waiting(String key, Instant now) {
        LoginAttempts attempts = mongo.findById(key, LoginAttempts.class);
        return attempts != null && attempts.waitUntil() != null && attempts.waitUntil().isAfter(now);
    }

    private void count(String key, Instant now, int free, Duration maxWait) {
        Query query = Query.query(Criteria.where("_id").is(key));
        Update update = new Update().inc("failures", 1).set("lastFailure", now);
        FindAndModifyOptions options = FindAndModifyOptions.options().upsert(true).returnNew(true);
        LoginAttempts counted;
        try {
            counted = mongo.findAndModify(query, update, options, LoginAttempts.class);
        } catch (DuplicateKeyException raced) {
            counted = mongo.findAndModify(query, update, options, LoginAttempts.class);
        }
        int over = counted.failures() - free;
        if (over > 0) {
            Duration wait = properties.firstWait().multipliedBy(1L << Math.min(over - 1, 30));
            Instant until = now.plus(wait.compareTo(maxWait) > 0 ? maxWait : wait);
            // Only the update that still sees this count sets the wait, so concurrent failures never shorten it.
            mongo.updateFirst(Query.query(Criteria.where("_id").is(key).and("failures").is(counted.failures())),
                    new Update().set("waitUntil", until), LoginAttempts.class);
        }
    }

    private static String addressKey(String address) {
        return "address:" + sha256(address == null ? "" : address);
    }

    private static String userKey(String username) {
        // Hashed too: a password typed into the user name field must not be kept readable.
        return "user:" + sha256(username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
    }

    private static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    @Document("login_attempts")
    record LoginAttempts(@Id String key, int failures, Instant lastFailure, Instant waitUntil) {
    }
}
