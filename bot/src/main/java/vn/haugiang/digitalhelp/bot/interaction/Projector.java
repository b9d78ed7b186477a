package vn.haugiang.digitalhelp.bot.interaction;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.bson.Document;
import org.bson.types.ObjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import jakarta.annotation.PreDestroy;
import vn.haugiang.digitalhelp.bot.MetricsProperties;

/**
 * Applies the log to every {@link Projection}, in batches, off the reply path. A batch is first written
 * down (its id and the ids of its turns and events); then each projection applies it; then its records
 * are marked projected and the batch is crossed out. An instance that stops anywhere in between leaves
 * the batch written down, and whoever holds the lease next applies that same batch, with the same id,
 * before anything new: nothing is lost, and the projections' batch marks keep anything from counting twice.
 */
@Component
public class Projector {

    private static final Logger log = LoggerFactory.getLogger(Projector.class);
    private static final String OPEN_BATCH = "batch";
    private static final int MAX_BATCHES_PER_RUN = 1_000;

    private final MongoTemplate mongo;
    private final ProjectionSources sources;
    private final ProjectionLease lease;
    private final List<Projection> projections;
    private final int batchSize;
    private final NewRecords newRecords;
    private final long sweepNanos;
    private volatile long lastLook = System.nanoTime();
    private volatile ProjectionSources.ProjectionLag lastLag = new ProjectionSources.ProjectionLag(0, null);

    /** A projector that writes nothing itself (another process's, a command's): it looks on every run. */
    public Projector(MongoTemplate mongo, ProjectionSources sources, ProjectionLease lease, List<Projection> projections,
                     MetricsProperties properties) {
        this(mongo, sources, lease, projections, properties, new NewRecords());
    }

    @Autowired
    Projector(MongoTemplate mongo, ProjectionSources sources, ProjectionLease lease, List<Projection> projections,
              MetricsProperties properties, NewRecords newRecords) {
        this.mongo = mongo;
        this.sources = sources;
        this.lease = lease;
        this.projections = projections;
        this.batchSize = properties.projection().batchSize();
        this.sweepNanos = properties.projection().sweep().toNanos();
        this.newRecords = newRecords;
    }

    /** Looks when this instance wrote something since the last look, and every {@code sweep} in any case. */
    @Scheduled(fixedDelayString = "${digitalhelp.metrics.projection.interval:1s}",
            initialDelayString = "${digitalhelp.metrics.projection.interval:1s}")
    void onSchedule() {
        if (newRecords.take() || System.nanoTime() - lastLook >= sweepNanos) {
            catchUp();
        }
    }

    /**
     * Applies everything that was waiting when it started, batch by batch, while this instance holds the
     * lease. It stops after the first batch that is not full: that batch took every record waiting then
     * (oldest first), and what the replies wrote meanwhile waits for the next look, in one batch, instead
     * of each look running on in a string of small batches that pay the batch's own dozen round trips for
     * a handful of turns.
     *
     * @return how many turns and events were applied
     */
    public synchronized int catchUp() {
        lastLook = System.nanoTime();
        int applied = 0;
        for (int run = 0; run < MAX_BATCHES_PER_RUN && lease.hold(); run++) {
            Optional<ProjectionBatch> unfinished = unfinishedBatch();
            ProjectionBatch batch = unfinished.orElseGet(this::newBatch);
            if (batch.isEmpty()) {
                break;
            }
            projections.forEach(projection -> projection.apply(batch));
            sources.markProjected(batch.turns().stream().map(Interaction::id).toList(),
                    batch.events().stream().map(LoggedEvent::id).toList());
            crossOut(batch);
            applied += batch.turns().size() + batch.events().size();
            if (unfinished.isEmpty() && batch.turns().size() < batchSize && batch.events().size() < batchSize) {
                break;
            }
        }
        lastLag = sources.lag();
        return applied;
    }

    /**
     * Runs {@code work} with the projection caught up and held still: this instance holds the lease and
     * no batch runs here meanwhile (a rebuild replaces what the projections made).
     *
     * @throws IllegalStateException while another instance holds the lease
     */
    public synchronized <T> T heldStill(Supplier<T> work) {
        if (!lease.hold()) {
            throw new IllegalStateException("Another instance is projecting now; try again when it has stopped or within "
                    + "the lease time.");
        }
        catchUp();
        return work.get();
    }

    /** Renews the lease during long work done while {@link #heldStill held still}. */
    public boolean renewLease() {
        return lease.hold();
    }

    /** How far behind the projection is, read now. */
    public ProjectionSources.ProjectionLag lag() {
        return sources.lag();
    }

    /** How far behind the projection was after this instance's last look (no query: for the meter). */
    public ProjectionSources.ProjectionLag lastLag() {
        return lastLag;
    }

    @PreDestroy
    void stop() {
        lease.release();
    }

    /** The batch an earlier holder (or this one, stopped half-way) left unfinished, to apply again first. */
    private Optional<ProjectionBatch> unfinishedBatch() {
        return Optional.ofNullable(mongo.findById(OPEN_BATCH, Document.class, ProjectionLease.COLLECTION)).map(batch -> {
            log.info("Applying again the projection batch {} left unfinished", batch.getString("batchId"));
            return new ProjectionBatch(batch.getString("batchId"),
                    sources.turns(batch.getList("turnIds", String.class)),
                    sources.events(batch.getList("eventIds", String.class)));
        });
    }

    /** A new batch of the oldest pending records, written down before any projection applies it. */
    private ProjectionBatch newBatch() {
        ProjectionBatch batch = new ProjectionBatch(new ObjectId().toHexString(), sources.pendingTurns(batchSize),
                sources.pendingEvents(batchSize));
        if (!batch.isEmpty()) {
            mongo.insert(new Document("_id", OPEN_BATCH).append("batchId", batch.id())
                    .append("turnIds", batch.turns().stream().map(Interaction::id).toList())
                    .append("eventIds", batch.events().stream().map(LoggedEvent::id).toList()), ProjectionLease.COLLECTION);
        }
        return batch;
    }

    private void crossOut(ProjectionBatch batch) {
        mongo.remove(Query.query(Criteria.where("_id").is(OPEN_BATCH).and("batchId").is(batch.id())),
                ProjectionLease.COLLECTION);
    }
}
