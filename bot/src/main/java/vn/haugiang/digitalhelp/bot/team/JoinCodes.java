package vn.haugiang.digitalhelp.bot.team;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import vn.haugiang.digitalhelp.bot.BotProperties;

/**
 * One-time join codes that link a team member's Telegram account: 128 random bits, single use (the
 * redemption is one atomic update), expiring. The member opens {@code https://t.me/<bot>?start=join_<code>}
 * and never types a chat id.
 */
@Component
public class JoinCodes {

    static final String COLLECTION = "join_codes";
    public static final String START_PREFIX = "join_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final MongoTemplate mongo;
    private final Clock clock;
    private final BotProperties properties;

    public JoinCodes(MongoTemplate mongo, Clock clock, BotProperties properties) {
        this.mongo = mongo;
        this.clock = clock;
        this.properties = properties;
        mongo.indexOps(COLLECTION).createIndex(new Index("code", Sort.Direction.ASC).unique());
    }

    /** A new join link for the member, valid for the configured time. */
    public String issueLink(String memberId) {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        String code = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Duration validity = properties.escalation().joinLinkValidity();
        mongo.insert(new Document("code", code).append("memberId", memberId)
                .append("expiresAt", java.util.Date.from(clock.instant().plus(validity))), COLLECTION);
        return "https://t.me/" + properties.telegram().username() + "?start=" + START_PREFIX + code;
    }

    /** The member the code belongs to, if it is unused and unexpired; the code is used up either way. */
    public Optional<String> redeem(String code) {
        Instant now = clock.instant();
        Document used = mongo.findAndModify(
                Query.query(Criteria.where("code").is(code).and("usedAt").is(null)
                        .and("expiresAt").gt(java.util.Date.from(now))),
                new Update().set("usedAt", java.util.Date.from(now)), Document.class, COLLECTION);
        return Optional.ofNullable(used).map(doc -> doc.getString("memberId"));
    }
}
