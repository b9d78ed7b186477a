package vn.haugiang.digitalhelp.bot.interaction;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
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

    /** The resident's last turns, oldest first. */
    public List<Interaction> recent(String residentId, int turns) {
        List<Interaction> newestFirst = mongo.find(Query.query(Criteria.where("residentId").is(residentId))
                .with(Sort.by(Sort.Direction.DESC, "at")).limit(turns), Interaction.class);
        List<Interaction> oldestFirst = new ArrayList<>(newestFirst);
        Collections.reverse(oldestFirst);
        return oldestFirst;
    }
}
