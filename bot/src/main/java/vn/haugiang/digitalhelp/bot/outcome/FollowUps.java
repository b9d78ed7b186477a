package vn.haugiang.digitalhelp.bot.outcome;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import vn.haugiang.digitalhelp.bot.outcome.FollowUp.Status;

/**
 * The follow-up questions: planned once per resident and skill (unique index), claimed by one instance
 * with a conditional update before sending, answered once.
 */
@Component
public class FollowUps {

    private final MongoTemplate mongo;

    public FollowUps(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(FollowUp.class).createIndex(
                new Index().on("residentId", Sort.Direction.ASC).on("skill", Sort.Direction.ASC).unique());
        mongo.indexOps(FollowUp.class).createIndex(new Index().on("status", Sort.Direction.ASC).on("dueAt", Sort.Direction.ASC));
    }

    /** Plans the question unless one was planned for this resident and skill before; true when new. */
    public boolean plan(String residentId, Skill skill, Instant dueAt) {
        try {
            return mongo.upsert(Query.query(Criteria.where("residentId").is(residentId).and("skill").is(skill)),
                    new Update().setOnInsert("status", Status.PENDING).setOnInsert("dueAt", dueAt)
                            .setOnInsert("attempts", 0), FollowUp.class).getUpsertedId() != null;
        } catch (DuplicateKeyException plannedMeanwhile) {
            return false;
        }
    }

    /** Follow-ups whose time has come, or whose sender's claim lapsed. */
    public List<FollowUp> due(Instant now, int limit) {
        return mongo.find(Query.query(Criteria.where("status").in(Status.PENDING, Status.SENDING).and("dueAt").lte(now))
                .limit(limit), FollowUp.class);
    }

    /** Takes the right to send this follow-up until {@code until}; empty if another instance took it first. */
    public Optional<FollowUp> claim(FollowUp followUp, Instant until) {
        return Optional.ofNullable(mongo.findAndModify(Query.query(Criteria.where("_id").is(followUp.id())
                        .and("status").is(followUp.status()).and("dueAt").is(followUp.dueAt())),
                new Update().set("status", Status.SENDING).set("dueAt", until),
                FindAndModifyOptions.options().returnNew(true), FollowUp.class));
    }

    public void asked(String id) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id).and("status").is(Status.SENDING)),
                new Update().set("status", Status.ASKED), FollowUp.class);
    }

    /** Delivery failed: try again at {@code retryAt}, or give up. */
    public void failed(FollowUp followUp, Instant retryAt, boolean giveUp) {
        Update update = giveUp
                ? new Update().set("status", Status.DONE)
                : new Update().set("status", Status.PENDING).set("dueAt", retryAt);
        mongo.updateFirst(Query.query(Criteria.where("_id").is(followUp.id()).and("status").is(Status.SENDING)),
                update.inc("attempts", 1), FollowUp.class);
    }

    /** Drops a follow-up whose resident is gone. */
    public void drop(String id) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), new Update().set("status", Status.DONE), FollowUp.class);
    }

    /** Takes the resident's answer to the question about this skill, once; false if it was not asked or answered. */
    public boolean answer(String residentId, Skill skill) {
        return mongo.findAndModify(Query.query(Criteria.where("residentId").is(residentId).and("skill").is(skill)
                        .and("status").is(Status.ASKED)),
                new Update().set("status", Status.DONE), FollowUp.class) != null;
    }

    public long removeAllOf(String residentId) {
        return mongo.remove(Query.query(Criteria.where("residentId").is(residentId)), FollowUp.class).getDeletedCount();
    }
}
