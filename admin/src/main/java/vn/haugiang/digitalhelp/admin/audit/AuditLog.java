package vn.haugiang.digitalhelp.admin.audit;

import java.time.Clock;
import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import vn.haugiang.digitalhelp.bot.RetentionProperties;

/** The record of every change made through the admin console or API ({@code audit_log}), newest first. */
@Component
public class AuditLog {

    private final MongoTemplate mongo;
    private final RetentionProperties retention;
    private final Clock clock;

    public AuditLog(MongoTemplate mongo, RetentionProperties retention, Clock clock) {
        this.mongo = mongo;
        this.retention = retention;
        this.clock = clock;
        mongo.indexOps(AuditEntry.class).createIndex(new Index("at", Sort.Direction.DESC));
        // The console's filters: one person's, one object's changes, newest first.
        mongo.indexOps(AuditEntry.class).createIndex(new Index("actor", Sort.Direction.ASC).on("at", Sort.Direction.DESC));
        mongo.indexOps(AuditEntry.class).createIndex(new Index("objectId", Sort.Direction.ASC).on("at", Sort.Direction.DESC));
    }

    /** Records that the actor made the change to the object (its id, if it has one) now. */
    public void record(String actor, AuditAction action, String objectId, String detail) {
        mongo.insert(new AuditEntry(null, clock.instant(), actor, action.code(), action.subject().code(), objectId, detail));
    }

    public List<AuditEntry> page(AuditFilter filter, int offset, int limit) {
        return mongo.find(filter.query().with(Sort.by(Sort.Order.desc("at"), Sort.Order.desc("_id"))).skip(offset).limit(limit),
                AuditEntry.class);
    }

    public long count(AuditFilter filter) {
        return mongo.count(filter.query(), AuditEntry.class);
    }

    @Scheduled(fixedDelayString = "${digitalhelp.retention.purge-check:6h}",
            initialDelayString = "${digitalhelp.retention.purge-check:6h}")
    void purgeOnSchedule() {
        purgeExpired();
    }

    /** Removes entries older than the {@code audit-log} retention. @return how many went */
    public long purgeExpired() {
        return mongo.remove(Query.query(Criteria.where("at").lt(clock.instant().minus(retention.auditLog()))),
                AuditEntry.class).getDeletedCount();
    }
}
