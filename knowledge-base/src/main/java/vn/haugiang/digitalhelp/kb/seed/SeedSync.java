package vn.haugiang.digitalhelp.kb.seed;

import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import com.mongodb.client.result.UpdateResult;

/**
 * Which seed version each stored guide is in step with ({@code seed_sync}, one document per slug), and
 * which newer seed its admin was offered. A guide whose shipped seed is newer than its synced version
 * was edited by an admin and waits for them to adopt the new seed or keep their text against it.
 */
@Component
public class SeedSync {

    private final MongoTemplate mongo;

    public SeedSync(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * Records that the guide now holds the text of {@code seedVersion}, or that its admin kept their text against
     * it; never moves backwards.
     */
    public void markSynced(String slug, int seedVersion) {
        mongo.upsert(bySlug(slug), new Update().max("version", seedVersion), SyncState.class);
    }

    /**
     * Notes that the admin has been offered {@code seedVersion} of this guide.
     *
     * @return true the first time, false when it was offered already (a restart does not offer it again)
     */
    public boolean offer(String slug, int seedVersion) {
        Query notYetOffered = Query.query(Criteria.where("_id").is(slug)
                .orOperator(Criteria.where("offered").exists(false), Criteria.where("offered").lt(seedVersion)));
        try {
            UpdateResult result = mongo.upsert(notYetOffered, new Update().set("offered", seedVersion), SyncState.class);
            return result.getUpsertedId() != null || result.getModifiedCount() > 0;
        } catch (DuplicateKeyException e) {
            return false; // the slug's document exists and was offered this version already
        }
    }

    /** Seed version per slug; a slug never synced (an install older than seed versions) is absent. */
    public Map<String, Integer> syncedVersions() {
        return mongo.find(Query.query(Criteria.where("version").exists(true)), SyncState.class).stream()
                .collect(Collectors.toMap(SyncState::slug, SyncState::version));
    }

    private static Query bySlug(String slug) {
        return Query.query(Criteria.where("_id").is(slug));
    }

    @Document("seed_sync")
    record SyncState(@Id String slug, Integer version, Integer offered) {
    }
}
