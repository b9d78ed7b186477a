package vn.haugiang.digitalhelp.bot.interaction;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** Stores {@link LoggedEvent}s, each once, waiting for the projection like a turn. */
@Component
public class EventLog {

    private final MongoTemplate mongo;
    private final NewRecords newRecords;

    EventLog(MongoTemplate mongo, NewRecords newRecords) {
        this.mongo = mongo;
        this.newRecords = newRecords;
    }

    /** One insert; an event already stored under this id is left as it was. */
    public void append(LoggedEvent event) {
        try {
            mongo.insert(ProjectionSources.pending(mongo, event), ProjectionSources.EVENTS);
            newRecords.written();
        } catch (DuplicateKeyException storedBefore) {
            // The same change announced twice (a retried listener): it counts once.
        }
    }

    /** Gives an erased resident's events another id. */
    public long pseudonymise(String residentId, String replacementId) {
        return mongo.updateMulti(Query.query(Criteria.where("residentId").is(residentId)),
                new Update().set("residentId", replacementId), ProjectionSources.EVENTS).getModifiedCount();
    }
}
