package vn.haugiang.digitalhelp.app.database;

import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.dao.DataAccessException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Database health by a {@code ping} command, which both MongoDB and the embedded server answer. It takes
 * the place of Spring Boot's indicator, whose {@code hello} command the embedded server does not know. It
 * is part of the readiness group.
 */
@Component("mongoHealthIndicator")
class MongoPingHealth extends AbstractHealthIndicator {

    private final MongoTemplate mongo;

    MongoPingHealth(MongoTemplate mongo) {
        super("MongoDB health check failed");
        this.mongo = mongo;
    }

    /** UP when MongoDB answers; otherwise OUT_OF_SERVICE, which takes the instance out of readiness meanwhile. */
    @Override
    protected void doHealthCheck(Health.Builder builder) {
        try {
            Document answer = mongo.executeCommand(new Document("ping", 1));
            boolean ok = answer.get("ok") != null && ((Number) answer.get("ok")).doubleValue() == 1.0;
            builder.status(ok ? Status.UP : Status.OUT_OF_SERVICE);
        } catch (DataAccessException unreachable) {
            builder.outOfService().withDetail("problem", unreachable.getClass().getSimpleName());
        }
    }
}
