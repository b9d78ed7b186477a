package vn.haugiang.digitalhelp.bot.outcome;

import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** Confirmed skill outcomes, one per resident and skill, each announced once ({@link OutcomeConfirmed}). */
@Component
public class SkillOutcomes {

    private final MongoTemplate mongo;
    private final ApplicationEventPublisher events;

    public SkillOutcomes(MongoTemplate mongo, ApplicationEventPublisher events) {
        this.mongo = mongo;
        this.events = events;
        mongo.indexOps(SkillOutcome.class).createIndex(
                new Index().on("residentId", Sort.Direction.ASC).on("skill", Sort.Direction.ASC).unique());
    }

    /** Stores the confirmation unless the resident confirmed this skill before; empty then. */
    public Optional<SkillOutcome> confirm(SkillOutcome outcome) {
        try {
            SkillOutcome stored = mongo.insert(outcome);
            events.publishEvent(new OutcomeConfirmed(stored));
            return Optional.of(stored);
        } catch (DuplicateKeyException alreadyConfirmed) {
            return Optional.empty();
        }
    }

    /** Moves a resident's outcomes to another id, so they still count but no longer point at them. */
    /** The skills this resident confirmed. */
    public java.util.List<SkillOutcome> ofResident(String residentId) {
        return mongo.find(Query.query(Criteria.where("residentId").is(residentId)), SkillOutcome.class);
    }

    public long pseudonymise(String residentId, String replacementId) {
        return mongo.updateMulti(Query.query(Criteria.where("residentId").is(residentId)),
                new Update().set("residentId", replacementId), SkillOutcome.class).getModifiedCount();
    }
}
