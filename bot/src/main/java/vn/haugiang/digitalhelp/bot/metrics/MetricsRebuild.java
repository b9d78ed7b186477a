package vn.haugiang.digitalhelp.bot.metrics;

import java.time.YearMonth;
import java.util.List;
import java.util.function.Function;

import org.bson.types.ObjectId;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import vn.haugiang.digitalhelp.bot.MetricsProperties;
import vn.haugiang.digitalhelp.bot.interaction.Interaction;
import vn.haugiang.digitalhelp.bot.interaction.LoggedEvent;
import vn.haugiang.digitalhelp.bot.interaction.ProjectionBatch;
import vn.haugiang.digitalhelp.bot.interaction.ProjectionSources;
import vn.haugiang.digitalhelp.bot.interaction.Projector;

/**
 * Rebuilds every rollup from the log ({@code rebuild-metrics}): with the projection caught up and held
 * still, removes the rollups from a month on (or all) and applies every projected turn and event of
 * those months again, in the order they were written, through the same {@link MetricsProjection}.
 * Turns that arrive meanwhile stay pending and are applied afterwards, once. A rebuild that stops
 * half-way is simply run again.
 */
@Component
public class MetricsRebuild {

    private final MongoTemplate mongo;
    private final Projector projector;
    private final ProjectionSources sources;
    private final MetricsProjection projection;
    private final int batchSize;

    public MetricsRebuild(MongoTemplate mongo, Projector projector, ProjectionSources sources, MetricsProjection projection,
                          MetricsProperties properties) {
        this.mongo = mongo;
        this.projector = projector;
        this.sources = sources;
        this.projection = projection;
        this.batchSize = properties.projection().batchSize();
    }

    /**
     * @param from the first month to rebuild; null rebuilds everything
     * @throws IllegalStateException while another instance projects
     */
    public Rebuilt rebuild(YearMonth from) {
        return projector.heldStill(() -> {
            String fromDay = from == null ? null : from.atDay(1).toString();
            String fromMonth = from == null ? null : from.toString();
            remove(RollupIds.DAILY, "day", fromDay);
            remove(RollupIds.CONVERSATIONS, "day", fromDay);
            remove(RollupIds.RESIDENT_MONTHS, "month", fromMonth);
            remove(RollupIds.MONTHLY, "month", fromMonth);
            remove(RollupIds.GAPS, "month", fromMonth);
            long turns = replay(after -> sources.projectedTurns(fromDay, after, batchSize), Interaction::id,
                    page -> new ProjectionBatch(new ObjectId().toHexString(), page, List.of()));
            long events = replay(after -> sources.projectedEvents(fromDay, after, batchSize), LoggedEvent::id,
                    page -> new ProjectionBatch(new ObjectId().toHexString(), List.of(), page));
            return new Rebuilt(turns, events);
        });
    }

    private <T> long replay(Function<String, List<T>> pageAfter, Function<T, String> id,
                            Function<List<T>, ProjectionBatch> batchOf) {
        long replayed = 0;
        String after = null;
        for (List<T> page = pageAfter.apply(null); !page.isEmpty(); page = pageAfter.apply(after)) {
            if (!projector.renewLease()) {
                throw new IllegalStateException("The projection lease was lost during the rebuild; run it again.");
            }
            projection.apply(batchOf.apply(page));
            replayed += page.size();
            after = id.apply(page.get(page.size() - 1));
        }
        return replayed;
    }

    private void remove(String collection, String field, String from) {
        mongo.remove(from == null ? new Query() : Query.query(Criteria.where(field).gte(from)), collection);
    }

    /** How many turns and events the rebuild applied. */
    public record Rebuilt(long turns, long events) {
    }
}
