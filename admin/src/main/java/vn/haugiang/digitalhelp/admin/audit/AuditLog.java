package vn.haugiang.digitalhelp.admin.audit;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** The record of every change made through the admin console or API ({@code audit_log}), newest first. */
@Component
public class AuditLog {

    private final MongoTemplate mongo;

    public AuditLog(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(AuditEntry.class).createIndex(new Index("at", Sort.Direction.DESC));
    }

    public void record(String actor, String action, String objectType, String objectId, String detail) {
        mongo.insert(new AuditEntry(null, Instant.now(), actor, action, objectType, objectId, detail));
    }

    public List<AuditEntry> page(int offset, int limit) {
        return mongo.find(new Query().with(Sort.by(Sort.Order.desc("at"), Sort.Order.desc("_id"))).skip(offset).limit(limit),
                AuditEntry.class);
    }

    public long count() {
        return mongo.count(new Query(), AuditEntry.class);
    }
}
