package vn.haugiang.digitalhelp.bot.metrics;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bson.Document;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.haugiang.digitalhelp.bot.MetricsProperties;
import vn.haugiang.digitalhelp.bot.BotProperties;
import vn.haugiang.digitalhelp.bot.chat.TurnOutcome;
import vn.haugiang.digitalhelp.bot.escalation.Escalation;
import vn.haugiang.digitalhelp.bot.escalation.EscalationClaimed;
import vn.haugiang.digitalhelp.bot.escalation.EscalationOpened;
import vn.haugiang.digitalhelp.bot.escalation.EscalationRated;
import vn.haugiang.digitalhelp.bot.escalation.EscalationResolved;
import vn.haugiang.digitalhelp.bot.interaction.Feedback;
import vn.haugiang.digitalhelp.bot.interaction.FeedbackGiven;
import vn.haugiang.digitalhelp.bot.interaction.Interaction;
import vn.haugiang.digitalhelp.bot.interaction.InteractionRecorded;
import vn.haugiang.digitalhelp.bot.outcome.OutcomeConfirmed;
import vn.haugiang.digitalhelp.bot.outcome.SkillOutcome;

import static vn.haugiang.digitalhelp.bot.metrics.RollupIds.ALL;

/**
 * Keeps the rollups from the service's events, each change a single-document update: counts per day,
 * commune, hamlet, channel, topic and outcome; conversations and whether they escalated; unique
 * residents per month; feedback per article; escalation times and ratings; confirmed outcomes; and
 * samples of questions the guides missed. The conversation code knows nothing of this.
 */
@Component
public class MetricsRollups {

    static final int MAX_TIMES_PER_DAY = 5_000;

    private final RollupStore store;
    private final ZoneId zone;
    private final int gapSamples;

    public MetricsRollups(RollupStore store, BotProperties bot, MetricsProperties metrics) {
        this.store = store;
        this.zone = bot.escalation().zone();
        this.gapSamples = metrics.gapSamples();
    }

    @EventListener
    public void interactionRecorded(InteractionRecorded recorded) {
        Interaction turn = recorded.interaction();
        String commune = RollupIds.commune(turn.communeId());
        String key = "counts." + new TurnKey(turn.hamletId(), turn.channel(), turn.topic(), turn.outcome(), turn.typed()).encode();
        for (String c : List.of(commune, ALL)) {
            store.increment(RollupIds.DAILY, RollupIds.daily(turn.day(), c), daily(turn.day(), c), Map.of(key, 1L));
        }
        conversation(turn.day(), turn.residentId(), commune);
        countResident(RollupIds.month(turn.day()), commune, turn.residentId());
        countResident(RollupIds.month(turn.day()), ALL, turn.residentId());
        if (turn.typed() && turn.outcome() == TurnOutcome.FALLBACK && turn.question() != null) {
            gap(turn, GapReason.FALLBACK);
        }
    }

    @EventListener
    public void feedbackGiven(FeedbackGiven given) {
        Interaction answer = given.interaction();
        String key = "feedback." + answer.articleId() + "|" + (answer.topic() == null ? TurnKey.NONE : answer.topic())
                + "|" + given.feedback().name();
        for (String c : List.of(RollupIds.commune(answer.communeId()), ALL)) {
            store.increment(RollupIds.DAILY, RollupIds.daily(answer.day(), c), daily(answer.day(), c), Map.of(key, 1L));
        }
        if (given.feedback() == Feedback.NOT_YET && answer.question() != null) {
            gap(answer, GapReason.NOT_HELPED);
        }
    }

    @EventListener
    public void escalationOpened(EscalationOpened opened) {
        Escalation escalation = opened.escalation();
        String day = day(escalation.openedAt());
        String conversation = conversation(day, escalation.residentId(), RollupIds.commune(escalation.communeId()));
        store.replaceIf(RollupIds.CONVERSATIONS, conversation, "escalated", false, true).ifPresent(changed -> {
            for (String c : List.of(changed.getString("communeId"), ALL)) {
                store.increment(RollupIds.DAILY, RollupIds.daily(day, c), daily(day, c), Map.of("escalatedConversations", 1L));
            }
        });
    }

    @EventListener
    public void escalationClaimed(EscalationClaimed claimed) {
        Escalation escalation = claimed.escalation();
        appendTime(escalation, "claimSeconds", Duration.between(escalation.openedAt(), escalation.claimedAt()));
    }

    @EventListener
    public void escalationResolved(EscalationResolved resolved) {
        Escalation escalation = resolved.escalation();
        appendTime(escalation, "resolveSeconds", Duration.between(escalation.openedAt(), escalation.closedAt()));
    }

    @EventListener
    public void escalationRated(EscalationRated rated) {
        Escalation escalation = rated.escalation();
        String day = day(escalation.openedAt());
        for (String c : List.of(RollupIds.commune(escalation.communeId()), ALL)) {
            store.increment(RollupIds.DAILY, RollupIds.daily(day, c), daily(day, c),
                    Map.of("ratingSum", (long) escalation.rating(), "ratings", 1L));
        }
    }

    @EventListener
    public void outcomeConfirmed(OutcomeConfirmed confirmed) {
        SkillOutcome outcome = confirmed.outcome();
        String month = RollupIds.month(outcome.day());
        String key = "outcomes." + (outcome.hamletId() == null ? TurnKey.NONE : outcome.hamletId()) + "|" + outcome.skill().name();
        for (String c : List.of(RollupIds.commune(outcome.communeId()), ALL)) {
            store.increment(RollupIds.MONTHLY, RollupIds.monthly(month, c), monthly(month, c), Map.of(key, 1L));
        }
    }

    /**
     * The resident's conversation of that day, created on their first turn (counted then); once their
     * commune becomes known it moves there from "unknown". Returns its id.
     */
    private String conversation(String day, String residentId, String commune) {
        String id = RollupIds.conversation(day, residentId);
        boolean started = store.insertIfAbsent(RollupIds.CONVERSATIONS, id, Map.of("day", day, "residentId", residentId,
                "communeId", commune, "escalated", false));
        if (started) {
            for (String c : List.of(commune, ALL)) {
                store.increment(RollupIds.DAILY, RollupIds.daily(day, c), daily(day, c), Map.of("conversations", 1L));
            }
        } else if (!commune.equals(RollupIds.UNKNOWN)) {
            Optional<Document> moved = store.replaceIf(RollupIds.CONVERSATIONS, id, "communeId", RollupIds.UNKNOWN, commune);
            moved.ifPresent(conversation -> {
                long escalated = Boolean.TRUE.equals(conversation.getBoolean("escalated")) ? 1 : 0;
                store.increment(RollupIds.DAILY, RollupIds.daily(day, RollupIds.UNKNOWN), daily(day, RollupIds.UNKNOWN),
                        Map.of("conversations", -1L, "escalatedConversations", -escalated));
                store.increment(RollupIds.DAILY, RollupIds.daily(day, commune), daily(day, commune),
                        Map.of("conversations", 1L, "escalatedConversations", escalated));
            });
        }
        return id;
    }

    private void countResident(String month, String commune, String residentId) {
        if (store.insertIfAbsent(RollupIds.RESIDENT_MONTHS, RollupIds.residentMonth(month, commune, residentId),
                Map.of("month", month, "communeId", commune, "residentId", residentId))) {
            store.increment(RollupIds.MONTHLY, RollupIds.monthly(month, commune), monthly(month, commune),
                    Map.of("residents", 1L));
        }
    }

    private void gap(Interaction turn, GapReason reason) {
        String month = RollupIds.month(turn.day());
        Document sample = new Document("day", turn.day()).append("residentId", turn.residentId())
                .append("hamletId", turn.hamletId()).append("text", turn.question()).append("reason", reason.name());
        for (String c : List.of(RollupIds.commune(turn.communeId()), ALL)) {
            store.append(RollupIds.GAPS, RollupIds.monthly(month, c), monthly(month, c), "questions", sample, gapSamples);
        }
    }

    private void appendTime(Escalation escalation, String field, Duration duration) {
        String day = day(escalation.openedAt());
        for (String c : List.of(RollupIds.commune(escalation.communeId()), ALL)) {
            store.append(RollupIds.DAILY, RollupIds.daily(day, c), daily(day, c), field, duration.toSeconds(),
                    MAX_TIMES_PER_DAY);
        }
    }

    private String day(Instant at) {
        return LocalDate.ofInstant(at, zone).toString();
    }

    private static Map<String, Object> daily(String day, String commune) {
        return Map.of("day", day, "communeId", commune);
    }

    private static Map<String, Object> monthly(String month, String commune) {
        return Map.of("month", month, "communeId", commune);
    }
}
