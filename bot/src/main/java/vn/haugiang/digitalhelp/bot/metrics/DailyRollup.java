package vn.haugiang.digitalhelp.bot.metrics;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;

/**
 * One day's rollup of one commune (or all), as read back.
 *
 * @param turns    turn counts by their dimensions
 * @param feedback feedback counts by {@code articleId|topic|DONE} or {@code |NOT_YET}
 * @param resolvedAnswers   answers of the day's conversations that nothing failed after
 * @param confirmedOutcomes skills confirmed that day
 */
public record DailyRollup(
        String day,
        Map<TurnKey, Long> turns,
        long conversations,
        long escalatedConversations,
        Map<String, Long> feedback,
        List<Long> claimSeconds,
        List<Long> resolveSeconds,
        long ratingSum,
        long ratings,
        long resolvedAnswers,
        long confirmedOutcomes) {

    static DailyRollup of(Document document) {
        Map<TurnKey, Long> turns = new HashMap<>();
        counters(document, "counts").forEach((key, count) -> turns.merge(TurnKey.decode(key), count, Long::sum));
        return new DailyRollup(document.getString("day"), turns, number(document, "conversations"),
                number(document, "escalatedConversations"), counters(document, "feedback"),
                seconds(document, "claimSeconds"), seconds(document, "resolveSeconds"),
                number(document, "ratingSum"), number(document, "ratings"), number(document, "resolvedAnswers"),
                number(document, "confirmedOutcomes"));
    }

    static Map<String, Long> counters(Document document, String field) {
        Map<String, Long> counters = new HashMap<>();
        Document nested = document.get(field, Document.class);
        if (nested != null) {
            nested.forEach((key, value) -> counters.put(key, ((Number) value).longValue()));
        }
        return counters;
    }

    static long number(Document document, String field) {
        Object value = document.get(field);
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static List<Long> seconds(Document document, String field) {
        List<?> values = document.get(field, List.class);
        return values == null ? List.of() : values.stream().map(value -> ((Number) value).longValue()).toList();
    }
}
