package vn.haugiang.digitalhelp.bot.metrics;

/**
 * Counts under one value of a breakdown (a day, week, month, topic, channel or hamlet).
 *
 * @param key         the value: a date, "2026-W10", "2026-03", a topic key, a channel, a hamlet id
 * @param name        how to show it (the hamlet's name; otherwise the key)
 * @param guidesShown turns that showed a guide (answers and chosen suggestions)
 */
public record CountRow(String key, String name, long questions, long answered, long suggested, long fallback,
                       long escalated, long guidesShown) {
}
