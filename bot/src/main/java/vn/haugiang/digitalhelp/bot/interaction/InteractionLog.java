package vn.haugiang.digitalhelp.bot.interaction;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/** Writes every conversation turn to MongoDB before the reply leaves. */
@Component
public class InteractionLog {

    private final MongoTemplate mongo;

    public InteractionLog(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(Interaction.class).createIndex(new Index("at", Sort.Direction.DESC));
        mongo.indexOps(Interaction.class).createIndex(new Index("residentId", Sort.Direction.ASC));
    }

    public Interaction record(Interaction interaction) {
        return mongo.insert(interaction);
    }
}
