package vn.haugiang.digitalhelp.app.database;

import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Database health by a {@code ping} command, which both MongoDB and the embedded server answer. It takes
 * the place of Spring Boot's indicator, whose {@code hello} command the embedded server does not know.
 */
@Component("mongoHealthIndicator")
class MongoPingHealth extends AbstractHealthIndicator {

    private final MongoTemplate mongo;

    MongoPingHealth(MongoTemplate mongo) {
        super("MongoDB health check failed");
        this.mongo = mongo;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Document answer = mongo.executeCommand(new Document("ping", 1));
        builder.status(answer.get("ok") != null && ((Number) answer.get("ok")).doubleValue() == 1.0 ? "UP" : "DOWN");
    }
}
