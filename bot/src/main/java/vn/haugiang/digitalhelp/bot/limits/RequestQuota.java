package vn.haugiang.digitalhelp.bot.limits;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.Optional;

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
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;


/**
 * How many requests for a person one client address may open per day, whatever identities it uses.
 * Counted in MongoDB ({@code request_quota}, one document per address and day, changed only by atomic
 * increments), so every instance counts the same openings. The address is kept only as a SHA-256 hash;
 * yesterday's and older documents are purged every hour. Messages that do not come over HTTP (Telegram,
 * whose chat ids a script cannot invent) have no address and are held by the per-resident daily limit.
 */
@Component
public class RequestQuota {

    private final MongoTemplate mongo;
    private final LimitsInForce limits;
    private final ZoneId zone;
    private final Clock clock;

    public RequestQuota(MongoTemplate mongo, LimitsInForce limits, ZoneId zone, Clock clock) {
        this.mongo = mongo;
        this.limits = limits;
        this.zone = zone;
        this.clock = clock;
    }

    /** Counts one opening for the current web client; false when its address has used up today's. */
    public boolean takeOpening() {
        Optional<String> address = currentAddress();
        if (address.isEmpty()) {
            return true;
        }
        String day = LocalDate.now(clock.withZone(zone)).toString();
        String id = hashed(address.get()) + ":" + day;
        return counted(id, day) <= limits.current().requestsPerAddressPerDay();
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1M")
    void purgeOldDays() {
        String today = LocalDate.now(clock.withZone(zone)).toString();
        mongo.remove(Query.query(Criteria.where("day").lt(today)), AddressOpenings.class);
    }

    private int counted(String id, String day) {
        Query query = Query.query(Criteria.where("_id").is(id));
        Update update = new Update().inc("count", 1).setOnInsert("day", day);
        FindAndModifyOptions options = FindAndModifyOptions.options().upsert(true).returnNew(true);
        try {
            return mongo.findAndModify(query, update, options, AddressOpenings.class).count();
        } catch (DuplicateKeyException raced) {
            // Two first openings of the day raced to insert; the document exists now.
            return mongo.findAndModify(query, update, options, AddressOpenings.class).count();
        }
    }

    private static Optional<String> currentAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? Optional.ofNullable(attributes.getRequest().getRemoteAddr())
                : Optional.empty();
    }

    private static String hashed(String address) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(address.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    @Document("request_quota")
    record AddressOpenings(@Id String id, String day, int count) {
    }
}
