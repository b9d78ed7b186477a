package vn.haugiang.digitalhelp.bot.interaction;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.bson.types.ObjectId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import vn.haugiang.digitalhelp.bot.chat.TurnOutcome;

/**
 * Writes every conversation turn to MongoDB before the reply leaves (one insert, marked pending for
 * the {@link Projector}), and announces it ({@link InteractionRecorded}) to the in-memory meters.
 */
@Component
public class InteractionLog {

    private final MongoTemplate mongo;
    private final ApplicationEventPublisher events;
    private final NewRecords newRecords;

    InteractionLog(MongoTemplate mongo, ApplicationEventPublisher events, NewRecords newRecords) {
        this.mongo = mongo;
        this.events = events;
        this.newRecords = newRecords;
        mongo.indexOps(Interaction.class).createIndex(new Index("at", Sort.Direction.DESC));
        mongo.indexOps(Interaction.class).createIndex(new Index("residentId", Sort.Direction.ASC));
        mongo.indexOps(Interaction.class).createIndex(new Index("day", Sort.Direction.ASC));
    }

    /** A fresh interaction id, so a reply can carry it (feedback buttons) before the turn is stored. */
    public static String newId() {
        return new ObjectId().toHexString();
    }

    public Interaction record(Interaction interaction) {
        mongo.execute(ProjectionSources.INTERACTIONS,
                collection -> collection.insertOne(InteractionDocument.pending(interaction)));
        newRecords.written();
        events.publishEvent(new InteractionRecorded(interaction));
        return interaction;
    }

    /** The resident's last turns, oldest first. */
    public List<Interaction> recent(String residentId, int turns) {
        List<Interaction> newestFirst = mongo.find(Query.query(Criteria.where("residentId").is(residentId))
                .with(Sort.by(Sort.Direction.DESC, "at")).limit(turns), Interaction.class);
        List<Interaction> oldestFirst = new ArrayList<>(newestFirst);
        Collections.reverse(oldestFirst);
        return oldestFirst;
    }

    /**
     * Stores the resident's feedback on one of their answered turns, once: empty when the turn is not
     * theirs, not an answer, or already has feedback. The figures count it from the feedback turn itself.
     */
    /** Every turn of this resident, oldest first (what {@code /xemdulieu} shows them). */
    public List<Interaction> ofResident(String residentId) {
        return mongo.find(Query.query(Criteria.where("residentId").is(residentId)).with(Sort.by("at")), Interaction.class);
    }

    public Optional<Interaction> giveFeedback(String interactionId, String residentId, Feedback feedback, Instant at) {
        if (!ObjectId.isValid(interactionId)) {
            return Optional.empty();
        }
        Interaction before = mongo.findAndModify(Query.query(Criteria.where("_id").is(interactionId)
                        .and("residentId").is(residentId).and("outcome").is(TurnOutcome.ANSWER).and("feedback").is(null)),
                new Update().set("feedback", feedback).set("feedbackAt", at), Interaction.class);
        return Optional.ofNullable(before);
    }

    /** Removes the question text of every turn before this day (yyyy-MM-dd); returns how many turns changed. */
    public long forgetQuestionsBefore(String day) {
        return mongo.updateMulti(Query.query(Criteria.where("day").lt(day).and("question").ne(null)),
                new Update().unset("question"), Interaction.class).getModifiedCount();
    }

    /** Gives all of a resident's turns another id and removes their texts; returns how many turns changed. */
    public long pseudonymise(String residentId, String replacementId) {
        return mongo.updateMulti(Query.query(Criteria.where("residentId").is(residentId)),
                new Update().set("residentId", replacementId).unset("question"), Interaction.class).getModifiedCount();
    }
}
