package vn.haugiang.digitalhelp.bot.outage;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.bson.types.ObjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import vn.haugiang.digitalhelp.bot.chat.Channel;
import vn.haugiang.digitalhelp.bot.interaction.Interaction;
import vn.haugiang.digitalhelp.bot.interaction.InteractionLog;
import vn.haugiang.digitalhelp.bot.resident.Resident;
import vn.haugiang.digitalhelp.bot.resident.Residents;

/**
 * The writes of a resident's turn (the profile's upsert, a failed attempt, the turn record), kept in a
 * bounded in-memory buffer while MongoDB is away, so residents are still answered from the in-memory
 * index, and written back in the order they were made once it returns.
 *
 * <p>From the first write that finds MongoDB unreachable (or finds the driver knowing it is: {@link
 * MongoReachability}) until the buffer is empty again, MongoDB is "away": new writes join the buffer
 * without trying it, so a turn waits for no driver timeout. A turn whose profile could not be read gets
 * a stand-in ({@link Resident#standIn}); the write-back upserts the real profile first and puts its id
 * and place into that turn's later writes. A write beyond
 * {@code capacity} is dropped and counted, and so are the later writes of a stand-in whose profile
 * write was dropped (they could not name their resident). Logs name kinds and counts, never texts.
 */
@Component
public class TurnWriteBuffer {

    private static final Logger log = LoggerFactory.getLogger(TurnWriteBuffer.class);

    private final Residents residents;
    private final InteractionLog interactions;
    private final MongoReachability reachability;
    private final int capacity;
    private final Clock clock;
    private final Counter kept;
    private final Counter written;
    private final Counter droppedFull;
    private final Counter droppedFailed;

    /** Guarded by {@code this}, as are {@link #orphans} and {@link #droppedThisOutage}. */
    private final Deque<Write> waiting = new ArrayDeque<>();
    /** Stand-in ids whose profile write was dropped. */
    private final Set<String> orphans = new HashSet<>();
    private long droppedThisOutage;
    /** Held by the one write-back at a time (never while {@code this} is: turns must not wait for MongoDB). */
    private final Object writingBack = new Object();
    /** Stand-in id → the stored profile, filled by the write-back (under {@link #writingBack}). */
    private final Map<String, Resident> stored = new HashMap<>();
    private volatile boolean away;

    public TurnWriteBuffer(Residents residents, InteractionLog interactions, MongoReachability reachability,
                           TurnBufferProperties properties, Clock clock, MeterRegistry meters) {
        this.residents = residents;
        this.interactions = interactions;
        this.reachability = reachability;
        this.capacity = properties.capacity();
        this.clock = clock;
        this.kept = Counter.builder("digitalhelp.turn.buffer.kept")
                .description("Turn writes kept in memory because MongoDB was away").register(meters);
        this.written = Counter.builder("digitalhelp.turn.buffer.written")
                .description("Kept turn writes written back to MongoDB").register(meters);
        this.droppedFull = Counter.builder("digitalhelp.turn.buffer.dropped").tag("reason", "full")
                .description("Turn writes lost while MongoDB was away").register(meters);
        this.droppedFailed = Counter.builder("digitalhelp.turn.buffer.dropped").tag("reason", "refused")
                .description("Turn writes lost while MongoDB was away").register(meters);
        Gauge.builder("digitalhelp.turn.buffer.waiting", this, TurnWriteBuffer::waitingCount)
                .description("Turn writes waiting in memory for MongoDB").register(meters);
    }

    /**
     * The resident of this chat, a first contact stored with the privacy notice its turn shows
     * ({@link Residents#seenShowingNotice}), or a stand-in while MongoDB is away.
     */
    public Residents.Seen seen(Channel channel, String chatId) {
        if (tryMongo()) {
            try {
                return residents.seenShowingNotice(channel, chatId);
            } catch (DataAccessResourceFailureException unreachable) {
                // kept below, like every write while MongoDB is away
            }
        }
        Resident standIn = Resident.standIn(new ObjectId().toHexString(), channel, chatId, clock.instant());
        keep(new ProfileSeen(channel, chatId, standIn.id()));
        return new Residents.Seen(standIn, false);
    }

    /** Counts a failed attempt ({@link Residents#failed}); while MongoDB is away, keeps it and returns the count it will make. */
    public int failed(Resident resident) {
        if (tryMongo()) {
            try {
                return residents.failed(resident.id());
            } catch (DataAccessResourceFailureException unreachable) {
                // kept below, like every write while MongoDB is away
            }
        }
        keep(new FailedAttempt(resident.id()));
        return resident.failedAttempts() + 1;
    }

    /** Records the turn ({@link InteractionLog#record}), or keeps it while MongoDB is away. */
    public void record(Interaction turn) {
        if (tryMongo()) {
            try {
                interactions.record(turn);
                return;
            } catch (DataAccessResourceFailureException unreachable) {
                // kept below, like every write while MongoDB is away
            }
        }
        keep(new TurnRecord(turn));
    }

    /** True from the first write that found MongoDB unreachable until every kept write is written back. */
    public boolean databaseAway() {
        return away;
    }

    /** Writes what is kept, oldest first, until the buffer is empty or MongoDB is still unreachable. */
    @Scheduled(fixedDelayString = "${digitalhelp.bot.turn-buffer.write-back-check:1s}")
    void writeBack() {
        synchronized (writingBack) {
            writeBackInOrder();
        }
    }

    private void writeBackInOrder() {
        Write next;
        while ((next = oldest()) != null) {
            try {
                if (isOrphan(next)) {
                    droppedFailed.increment();
                } else {
                    writeToMongo(next);
                    written.increment();
                }
            } catch (DataAccessResourceFailureException stillAway) {
                return;
            } catch (DuplicateKeyException alreadyThere) {
                // The turn record reached MongoDB before the connection broke; it is there once.
                written.increment();
            } catch (RuntimeException refused) {
                log.warn("A kept {} could not be written back ({}); it is dropped", next.getClass().getSimpleName(),
                        refused.getClass().getSimpleName());
                droppedFailed.increment();
                if (next instanceof ProfileSeen seen) {
                    orphan(seen.standInId());
                }
            }
            removeOldest();
        }
    }

    /** On shutdown, one last try; what still waits then is lost with this instance's memory, and said so. */
    @PreDestroy
    void lastWriteBack() {
        if (away) {
            writeBack();
        }
        int left = waitingCount();
        if (left > 0) {
            log.warn("Stopping with {} turn writes still waiting for MongoDB; they are lost", left);
        }
    }

    private void writeToMongo(Write write) {
        if (write instanceof ProfileSeen seen) {
            stored.put(seen.standInId(), residents.seen(seen.channel(), seen.chatId()).resident());
        } else if (write instanceof FailedAttempt failure) {
            Resident resident = stored.get(failure.residentId());
            residents.failed(resident == null ? failure.residentId() : resident.id());
        } else if (write instanceof TurnRecord record) {
            Interaction turn = record.turn();
            Resident resident = stored.get(turn.residentId());
            interactions.record(resident == null ? turn
                    : turn.byResident(resident.id(), resident.communeId(), resident.hamletId()));
        }
    }

    /** Whether to write to MongoDB now: not while writes are kept, nor while the driver knows it is gone. */
    private boolean tryMongo() {
        return !away && reachability.writable();
    }

    private synchronized void keep(Write write) {
        if (!away) {
            log.warn("MongoDB is unreachable: residents are answered from memory and their turns kept (up to {} writes)",
                    capacity);
        }
        away = true;
        boolean full = waiting.size() >= capacity;
        if (full || orphans.contains(write.residentId())) {
            if (write instanceof ProfileSeen seen) {
                orphans.add(seen.standInId());
            }
            if (droppedThisOutage++ == 0 && full) {
                log.warn("The turn buffer is full ({} writes): further turn writes are dropped and counted until"
                        + " MongoDB is back", capacity);
            }
            droppedFull.increment();
            return;
        }
        waiting.addLast(write);
        kept.increment();
    }

    private synchronized Write oldest() {
        return waiting.peekFirst();
    }

    private synchronized boolean isOrphan(Write write) {
        return orphans.contains(write.residentId());
    }

    private synchronized void orphan(String standInId) {
        orphans.add(standInId);
    }

    private synchronized void removeOldest() {
        waiting.removeFirst();
        if (waiting.isEmpty()) {
            log.info("MongoDB is back: the kept turn writes are written ({} dropped during the outage)", droppedThisOutage);
            away = false;
            droppedThisOutage = 0;
            orphans.clear();
            stored.clear();
        }
    }

    private synchronized int waitingCount() {
        return waiting.size();
    }

    /** One kept write; {@code residentId} is the resident (or stand-in) it belongs to. */
    private sealed interface Write permits ProfileSeen, FailedAttempt, TurnRecord {
        String residentId();
    }

    private record ProfileSeen(Channel channel, String chatId, String standInId) implements Write {
        @Override
        public String residentId() {
            return standInId;
        }
    }

    private record FailedAttempt(String residentId) implements Write {
    }

    private record TurnRecord(Interaction turn) implements Write {
        @Override
        public String residentId() {
            return turn.residentId();
        }
    }
}
