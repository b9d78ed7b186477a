package vn.haugiang.digitalhelp.bot.metrics;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/**
 * Secondary indexes of the rollups for the queries that do not go by id: an erasure finds a resident's
 * documents, a period that is not a whole month counts residents from its conversations. (The embedded
 * database ignores non-unique indexes; the dashboard reads by id there.)
 */
@Component
class RollupIndexes {

    RollupIndexes(MongoTemplate mongo) {
        mongo.indexOps(RollupIds.RESIDENT_MONTHS).createIndex(new Index("residentId", Sort.Direction.ASC));
        mongo.indexOps(RollupIds.CONVERSATIONS).createIndex(new Index("residentId", Sort.Direction.ASC));
        mongo.indexOps(RollupIds.CONVERSATIONS).createIndex(
                new Index().on("day", Sort.Direction.ASC).on("communeId", Sort.Direction.ASC));
        mongo.indexOps(RollupIds.GAPS).createIndex(new Index().on("month", Sort.Direction.ASC).on("communeId", Sort.Direction.ASC));
        mongo.indexOps(RollupIds.MONTHLY).createIndex(new Index().on("communeId", Sort.Direction.ASC).on("month", Sort.Direction.ASC));
    }
}
