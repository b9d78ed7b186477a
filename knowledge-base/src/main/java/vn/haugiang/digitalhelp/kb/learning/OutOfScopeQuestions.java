package vn.haugiang.digitalhelp.kb.learning;

import java.time.Clock;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import vn.haugiang.digitalhelp.kb.text.VietnameseText;

/** The questions marked out of scope, in MongoDB; one document per wording, written atomically. */
@Component
public class OutOfScopeQuestions {

    private final MongoTemplate mongo;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public OutOfScopeQuestions(MongoTemplate mongo, ApplicationEventPublisher events, Clock clock) {
        this.mongo = mongo;
        this.events = events;
        this.clock = clock;
    }

    /** Marks the question (again: keeps the first marking) and announces it so the index refreshes. */
    public void mark(String question, String author) {
        String text = question.strip();
        String id = VietnameseText.wordingKey(text);
        mongo.upsert(Query.query(Criteria.where("_id").is(id)), new Update()
                .setOnInsert("question", text)
                .setOnInsert("markedBy", author)
                .setOnInsert("markedAt", clock.instant()), OutOfScopeQuestion.class);
        events.publishEvent(new OutOfScopeMarked(id));
    }

    public boolean isMarked(String question) {
        return mongo.exists(Query.query(Criteria.where("_id").is(VietnameseText.wordingKey(question))), OutOfScopeQuestion.class);
    }

    /** Every marked question, as written. */
    public List<String> questions() {
        return mongo.findAll(OutOfScopeQuestion.class).stream().map(OutOfScopeQuestion::question).toList();
    }

    public long count() {
        return mongo.count(new Query(), OutOfScopeQuestion.class);
    }

}
