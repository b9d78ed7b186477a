package vn.haugiang.digitalhelp.bot.metrics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bson.Document;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import vn.haugiang.digitalhelp.bot.MetricsProperties;
import vn.haugiang.digitalhelp.bot.chat.TurnOutcome;
import vn.haugiang.digitalhelp.bot.interaction.Feedback;
import vn.haugiang.digitalhelp.bot.interaction.Interaction;
import vn.haugiang.digitalhelp.bot.interaction.LoggedEvent;
import vn.haugiang.digitalhelp.bot.interaction.Projection;
import vn.haugiang.digitalhelp.bot.interaction.ProjectionBatch;

import static vn.haugiang.digitalhelp.bot.metrics.RollupIds.ALL;

/**
 * Keeps the rollups from the log: counts per day, commune, hamlet, channel, topic and outcome;
 * conversations, whether they escalated and the answers the bot resolved in them; unique residents per
 * month; feedback per guide; escalation times and ratings; confirmed outcomes; samples of questions the
 * guides missed. Applying a batch again after a crash changes nothing already applied: each rollup
 * document carries the ids of the batches it took, a conversation keeps the state it had before the
 * batch that last changed it, and a resident-month remembers the batch that created it.
 */
@Component
@Order(1)
public class MetricsProjection implements Projection {

    static final int MAX_TIMES_PER_DAY = 5_000;
    private static final String CREATED_BY = "createdBy";
    private static final String LAST_BATCH = "lastBatch";
    private static final String BEFORE = "before";

    private final MongoTemplate mongo;
    private final int gapSamples;

    public MetricsProjection(MongoTemplate mongo, MetricsProperties metrics) {
        this.mongo = mongo;
        this.gapSamples = metrics.gapSamples();
    }

    @Override
    public void apply(ProjectionBatch batch) {
        RollupChanges changes = new RollupChanges(batch.id());
        conversations(batch, changes);
        residents(batch, changes);
        for (Interaction turn : batch.turns()) {
            turn(turn, changes);
        }
        for (LoggedEvent event : batch.events()) {
            event(event, changes);
        }
        changes.applyTo(mongo);
    }

    private void turn(Interaction turn, RollupChanges changes) {
        String commune = RollupIds.commune(turn.communeId());
        boolean feedback = turn.outcome() == TurnOutcome.FEEDBACK && turn.feedback() != null;
        String key = "counts." + new TurnKey(turn.hamletId(), turn.channel(), feedback ? null : turn.topic(),
                turn.outcome(), turn.typed()).encode();
        for (String c : List.of(commune, ALL)) {
            changes.increment(RollupIds.DAILY, RollupIds.daily(turn.day(), c), daily(turn.day(), c), Map.of(key, 1L));
        }
        if (turn.typed() && turn.outcome() == TurnOutcome.FALLBACK && turn.question() != null) {
            gap(turn, GapReason.FALLBACK, changes);
        }
        if (feedback) {
            String feedbackKey = "feedback." + turn.articleId() + "|" + (turn.topic() == null ? TurnKey.NONE : turn.topic())
                    + "|" + turn.feedback().name();
            for (String c : List.of(commune, ALL)) {
                changes.increment(RollupIds.DAILY, RollupIds.daily(turn.day(), c), daily(turn.day(), c),
                        Map.of(feedbackKey, 1L));
            }
            if (turn.feedback() == Feedback.NOT_YET && turn.question() != null) {
                gap(turn, GapReason.NOT_HELPED, changes);
            }
        }
    }

    private void event(LoggedEvent event, RollupChanges changes) {
        String commune = RollupIds.commune(event.communeId());
        for (String c : List.of(commune, ALL)) {
            String daily = RollupIds.daily(event.day(), c);
            switch (event.kind()) {
                case ESCALATION_CLAIMED -> changes.append(RollupIds.DAILY, daily, daily(event.day(), c), "claimSeconds",
                        event.value(), MAX_TIMES_PER_DAY);
                case ESCALATION_RESOLVED -> changes.append(RollupIds.DAILY, daily, daily(event.day(), c), "resolveSeconds",
                        event.value(), MAX_TIMES_PER_DAY);
                case ESCALATION_RATED -> changes.increment(RollupIds.DAILY, daily, daily(event.day(), c),
                        Map.of("ratingSum", event.value(), "ratings", 1L));
                case OUTCOME_CONFIRMED -> {
                    String month = RollupIds.month(event.day());
                    String key = "outcomes." + (event.hamletId() == null ? TurnKey.NONE : event.hamletId()) + "|" + event.subject();
                    changes.increment(RollupIds.MONTHLY, RollupIds.monthly(month, c), monthly(month, c), Map.of(key, 1L));
                    changes.increment(RollupIds.DAILY, daily, daily(event.day(), c), Map.of("confirmedOutcomes", 1L));
                }
            }
        }
    }

    /**
     * Folds the batch's turns into each conversation they belong to and counts the difference the
     * conversation makes to its day: started, moved from "unknown", escalated, answers resolved or undone.
     */
    private void conversations(ProjectionBatch batch, RollupChanges changes) {
        Map<String, List<Interaction>> byConversation = new LinkedHashMap<>();
        batch.turns().forEach(turn -> byConversation.computeIfAbsent(RollupIds.conversation(turn.day(), turn.residentId()),
                id -> new ArrayList<>()).add(turn));
        Map<String, Document> stored = byId(RollupIds.CONVERSATIONS, byConversation.keySet());
        List<Document> started = new ArrayList<>();
        byConversation.forEach((id, turns) -> {
            Document existing = stored.get(id);
            boolean written = existing != null && batch.id().equals(existing.getString(LAST_BATCH));
            Document beforeDocument = written ? existing.get(BEFORE, Document.class) : existing;
            ConversationState before = beforeDocument == null ? null : ConversationState.of(beforeDocument);
            ConversationState state = before == null ? ConversationState.startedBy(turns.get(0)) : before;
            for (Interaction turn : turns) {
                state = state.after(turn);
            }
            String day = turns.get(0).day();
            if (before != null) {
                count(changes, day, before.communeId(), before.counts(), -1);
            }
            count(changes, day, state.communeId(), state.counts(), 1);
            if (existing == null) {
                started.add(state.toDocument().append("_id", id).append("day", day)
                        .append("residentId", turns.get(0).residentId()).append(LAST_BATCH, batch.id()));
            } else if (!written) {
                store(id, before, state, batch.id());
            }
        });
        if (!started.isEmpty()) {
            mongo.insert(started, RollupIds.CONVERSATIONS);
        }
    }

    private void store(String id, ConversationState before, ConversationState state, String batchId) {
        Update update = new Update().set(LAST_BATCH, batchId).set(BEFORE, before.toDocument());
        state.toDocument().forEach(update::set);
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), update, RollupIds.CONVERSATIONS);
    }

    private static void count(RollupChanges changes, String day, String commune, Map<String, Long> counts, int sign) {
        Map<String, Long> signed = new HashMap<>();
        counts.forEach((field, count) -> signed.put(field, sign * count));
        for (String c : List.of(commune, ALL)) {
            changes.increment(RollupIds.DAILY, RollupIds.daily(day, c), daily(day, c), signed);
        }
    }

    /** Unique residents per month and commune: a resident-month document created once, counted by its creator. */
    private void residents(ProjectionBatch batch, RollupChanges changes) {
        Map<String, Document> wanted = new LinkedHashMap<>();
        for (Interaction turn : batch.turns()) {
            String month = RollupIds.month(turn.day());
            for (String c : List.of(RollupIds.commune(turn.communeId()), ALL)) {
                wanted.putIfAbsent(RollupIds.residentMonth(month, c, turn.residentId()), new Document("month", month)
                        .append("communeId", c).append("residentId", turn.residentId()).append(CREATED_BY, batch.id()));
            }
        }
        Map<String, Document> stored = byId(RollupIds.RESIDENT_MONTHS, wanted.keySet());
        List<Document> created = new ArrayList<>();
        wanted.forEach((id, document) -> {
            Document existing = stored.get(id);
            if (existing == null) {
                created.add(new Document("_id", id).append("month", document.get("month"))
                        .append("communeId", document.get("communeId")).append("residentId", document.get("residentId"))
                        .append(CREATED_BY, batch.id()));
            }
            if (existing == null || batch.id().equals(existing.getString(CREATED_BY))) {
                String month = document.getString("month");
                String commune = document.getString("communeId");
                changes.increment(RollupIds.MONTHLY, RollupIds.monthly(month, commune), monthly(month, commune),
                        Map.of("residents", 1L));
            }
        });
        if (!created.isEmpty()) {
            mongo.insert(created, RollupIds.RESIDENT_MONTHS);
        }
    }

    private Map<String, Document> byId(String collection, Set<String> ids) {
        Map<String, Document> found = new HashMap<>();
        mongo.find(Query.query(Criteria.where("_id").in(new LinkedHashSet<>(ids))), Document.class, collection)
                .forEach(document -> found.put(document.getString("_id"), document));
        return found;
    }

    private void gap(Interaction turn, GapReason reason, RollupChanges changes) {
        String month = RollupIds.month(turn.day());
        Document sample = new Document("day", turn.day()).append("residentId", turn.residentId())
                .append("hamletId", turn.hamletId()).append("text", turn.question()).append("reason", reason.name());
        for (String c : List.of(RollupIds.commune(turn.communeId()), ALL)) {
            changes.append(RollupIds.GAPS, RollupIds.monthly(month, c), monthly(month, c), "questions", sample, gapSamples);
        }
    }

    private static Map<String, Object> daily(String day, String commune) {
        return Map.of("day", day, "communeId", commune);
    }

    private static Map<String, Object> monthly(String month, String commune) {
        return Map.of("month", month, "communeId", commune);
    }
}
