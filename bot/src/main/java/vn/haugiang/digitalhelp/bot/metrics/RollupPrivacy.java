package vn.haugiang.digitalhelp.bot.metrics;

import java.util.List;

import org.bson.Document;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import vn.haugiang.digitalhelp.bot.interaction.EventLog;
import vn.haugiang.digitalhelp.bot.privacy.QuestionTextsPurged;
import vn.haugiang.digitalhelp.bot.privacy.ResidentDataErased;

/**
 * Applies retention and erasure to the rollups: question samples older than the retention period go;
 * an erased resident's samples go and their distinct-resident documents, conversations and logged
 * events move to the one-off id, so every count stays as it was (and a rebuild gives it again).
 */
@Component
class RollupPrivacy {

    private final MongoTemplate mongo;
    private final EventLog events;

    RollupPrivacy(MongoTemplate mongo, EventLog events) {
        this.mongo = mongo;
        this.events = events;
    }

    @EventListener
    void questionTextsPurged(QuestionTextsPurged purged) {
        mongo.updateMulti(Query.query(Criteria.where("month").lte(RollupIds.month(purged.beforeDay()))),
                new Update().pull("questions", Query.query(Criteria.where("day").lt(purged.beforeDay()))),
                RollupIds.GAPS);
    }

    @EventListener
    void residentDataErased(ResidentDataErased erased) {
        events.pseudonymise(erased.residentId(), erased.replacementId());
        mongo.updateMulti(new Query(), new Update().pull("questions",
                Query.query(Criteria.where("residentId").is(erased.residentId()))), RollupIds.GAPS);
        rekey(RollupIds.RESIDENT_MONTHS, erased, document -> RollupIds.residentMonth(document.getString("month"),
                document.getString("communeId"), erased.replacementId()));
        rekey(RollupIds.CONVERSATIONS, erased, document -> RollupIds.conversation(document.getString("day"),
                erased.replacementId()));
    }

    private void rekey(String collection, ResidentDataErased erased, java.util.function.Function<Document, String> newId) {
        List<Document> held = mongo.find(Query.query(Criteria.where("residentId").is(erased.residentId())),
                Document.class, collection);
        for (Document document : held) {
            Object oldId = document.get("_id");
            document.put("_id", newId.apply(document));
            document.put("residentId", erased.replacementId());
            mongo.save(document, collection);
            mongo.remove(Query.query(Criteria.where("_id").is(oldId)), collection);
        }
    }
}
