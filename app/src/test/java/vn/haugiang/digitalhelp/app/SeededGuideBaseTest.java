package vn.haugiang.digitalhelp.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import vn.haugiang.digitalhelp.kb.search.GuideIndex;
import vn.haugiang.digitalhelp.kb.search.GuideIndexRefresher;

/**
 * What {@link FreshService} compares before keeping the guide base for the next class: a guide's stored text, a
 * question marked out of scope, or an index built since each count as a change; the same documents again do not.
 */
@ServiceTest
class SeededGuideBaseTest {

    @Autowired
    MongoTemplate mongo;
    @Autowired
    GuideIndex index;
    @Autowired
    GuideIndexRefresher refresher;

    @Test
    void aChangedDocumentOrANewIndexIsSeenAndTheSameDocumentsAgainAreNot() {
        SeededGuideBase seeded = SeededGuideBase.now(mongo, index);
        assertThat(seeded.unchanged(mongo, index)).isTrue();

        Document guide = mongo.getCollection("articles").find().first();
        Document byId = new Document("_id", guide.get("_id"));
        Object title = guide.get("title");
        mongo.getCollection("articles").updateOne(byId, new Document("$set", new Document("title", title + " (sửa)")));
        assertThat(seeded.unchanged(mongo, index)).as("a guide's title changed").isFalse();
        mongo.getCollection("articles").updateOne(byId, new Document("$set", new Document("title", title)));
        assertThat(seeded.unchanged(mongo, index)).as("the same title again").isTrue();

        Document outOfScope = new Document("question", "giá lúa hôm nay");
        mongo.getCollection("out_of_scope_questions").insertOne(outOfScope);
        assertThat(seeded.unchanged(mongo, index)).as("a question marked out of scope").isFalse();
        mongo.getCollection("out_of_scope_questions").deleteOne(new Document("_id", outOfScope.get("_id")));
        assertThat(seeded.unchanged(mongo, index)).isTrue();

        refresher.refresh();
        assertThat(seeded.unchanged(mongo, index)).as("an index built since, from the same documents").isFalse();
    }
}
