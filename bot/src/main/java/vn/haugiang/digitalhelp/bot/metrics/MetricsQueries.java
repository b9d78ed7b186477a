package vn.haugiang.digitalhelp.bot.metrics;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import vn.haugiang.digitalhelp.bot.area.AreaDirectory;
import vn.haugiang.digitalhelp.bot.area.Hamlet;
import vn.haugiang.digitalhelp.bot.chat.TurnOutcome;
import vn.haugiang.digitalhelp.kb.article.Article;
import vn.haugiang.digitalhelp.kb.search.GuideIndex;

/**
 * The figures of a period, for one commune or all, computed in Java from the day rollups (a month is
 * a few dozen documents read by id), never from the raw turns.
 */
@Component
public class MetricsQueries {

    /** How a time breakdown groups days. */
    public enum Granularity {
        DAY, WEEK, MONTH
    }

    private final RollupReader rollups;
    private final AreaDirectory areas;
    private final GuideIndex guides;

    public MetricsQueries(RollupReader rollups, AreaDirectory areas, GuideIndex guides) {
        this.rollups = rollups;
        this.areas = areas;
        this.guides = guides;
    }

    /** The day rollups of a period; pass them to the methods below to read the period only once. */
    public List<DailyRollup> days(Period period, String communeId) {
        return rollups.days(period, scope(communeId));
    }

    public Figures figures(Period period, String communeId) {
        return figures(period, communeId, days(period, communeId));
    }

    public Figures figures(Period period, String communeId, List<DailyRollup> days) {
        CountRow counts = total("all", "all", days);
        long conversations = days.stream().mapToLong(DailyRollup::conversations).sum();
        long escalatedConversations = days.stream().mapToLong(DailyRollup::escalatedConversations).sum();
        double escalationRate = share(escalatedConversations, conversations);
        long resolved = days.stream().mapToLong(DailyRollup::resolvedAnswers).sum();
        return new Figures(counts.questions(), rollups.residents(period, scope(communeId)), counts.answered(),
                counts.suggested(), counts.fallback(), counts.escalated(), conversations,
                conversations == 0 ? 0 : share(conversations - escalatedConversations, conversations), escalationRate,
                resolved, share(resolved, counts.questions()), share(counts.answered(), counts.questions()),
                days.stream().mapToLong(DailyRollup::confirmedOutcomes).sum());
    }

    public List<CountRow> byTime(List<DailyRollup> days, Granularity granularity) {
        Function<String, String> bucket = switch (granularity) {
            case DAY -> day -> day;
            case WEEK -> day -> {
                LocalDate date = LocalDate.parse(day);
                return "%d-W%02d".formatted(date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            };
            case MONTH -> RollupIds::month;
        };
        Map<String, List<DailyRollup>> grouped = new TreeMap<>();
        days.forEach(day -> grouped.computeIfAbsent(bucket.apply(day.day()), key -> new ArrayList<>()).add(day));
        return grouped.entrySet().stream().map(group -> total(group.getKey(), group.getKey(), group.getValue())).toList();
    }

    public List<CountRow> byTopic(List<DailyRollup> days) {
        return breakdown(days, TurnKey::topic, topic -> topic);
    }

    public List<CountRow> byChannel(List<DailyRollup> days) {
        return breakdown(days, key -> key.channel().name(), channel -> channel);
    }

    public List<CountRow> byHamlet(List<DailyRollup> days) {
        return breakdown(days, TurnKey::hamletId, id -> areas.hamlet(id).map(Hamlet::displayName).orElse(id));
    }

    public EscalationFigures escalations(List<DailyRollup> days) {
        List<Long> claims = days.stream().flatMap(day -> day.claimSeconds().stream()).toList();
        List<Long> resolutions = days.stream().flatMap(day -> day.resolveSeconds().stream()).toList();
        long ratings = days.stream().mapToLong(DailyRollup::ratings).sum();
        long ratingSum = days.stream().mapToLong(DailyRollup::ratingSum).sum();
        return new EscalationFigures(claims.size(), Percentiles.of(claims, 0.5), Percentiles.of(claims, 0.9),
                resolutions.size(), Percentiles.of(resolutions, 0.5), Percentiles.of(resolutions, 0.9),
                ratings, ratings == 0 ? null : round((double) ratingSum / ratings));
    }

    /** Feedback per guide, the most "Chưa được" first. */
    public List<ArticleFeedback> articleFeedback(List<DailyRollup> days) {
        Map<String, long[]> counts = new TreeMap<>();
        Map<String, String> topics = new TreeMap<>();
        for (DailyRollup day : days) {
            day.feedback().forEach((key, count) -> {
                String[] parts = key.split("\\|");
                topics.put(parts[0], parts[1].equals(TurnKey.NONE) ? null : parts[1]);
                counts.computeIfAbsent(parts[0], id -> new long[2])[parts[2].equals("DONE") ? 0 : 1] += count;
            });
        }
        return counts.entrySet().stream()
                .map(entry -> new ArticleFeedback(entry.getKey(), topics.get(entry.getKey()),
                        guides.publishedArticle(entry.getKey()).map(Article::title).orElse(null),
                        entry.getValue()[0], entry.getValue()[1]))
                .sorted(Comparator.comparingLong(ArticleFeedback::notYet).reversed()
                        .thenComparing(ArticleFeedback::articleId))
                .toList();
    }

    /** Rows per value of one dimension, the most questions (then guides shown) first; turns without the value are left out. */
    private List<CountRow> breakdown(List<DailyRollup> days, Function<TurnKey, String> dimension,
                                     Function<String, String> name) {
        Map<String, long[]> rows = new TreeMap<>();
        for (DailyRollup day : days) {
            day.turns().forEach((key, count) -> {
                String value = dimension.apply(key);
                if (value != null) {
                    add(rows.computeIfAbsent(value, v -> new long[6]), key, count);
                }
            });
        }
        return rows.entrySet().stream()
                .map(row -> row(row.getKey(), name.apply(row.getKey()), row.getValue()))
                .sorted(Comparator.comparingLong(CountRow::questions).reversed()
                        .thenComparing(Comparator.comparingLong(CountRow::guidesShown).reversed())
                        .thenComparing(CountRow::key))
                .toList();
    }

    private static CountRow total(String key, String name, List<DailyRollup> days) {
        long[] sums = new long[6];
        days.forEach(day -> day.turns().forEach((turn, count) -> add(sums, turn, count)));
        return row(key, name, sums);
    }

    private static void add(long[] sums, TurnKey key, long count) {
        if (key.isQuestion()) {
            sums[0] += count;
            sums[switch (key.outcome()) {
                case ANSWER -> 1;
                case SUGGEST -> 2;
                default -> 3;
            }] += count;
        }
        if (key.outcome() == TurnOutcome.ESCALATED) {
            sums[4] += count;
        }
        if (key.outcome() == TurnOutcome.ANSWER) {
            sums[5] += count;
        }
    }

    private static CountRow row(String key, String name, long[] sums) {
        return new CountRow(key, name, sums[0], sums[1], sums[2], sums[3], sums[4], sums[5]);
    }

    static String scope(String communeId) {
        return communeId == null || communeId.isBlank() ? RollupIds.ALL : communeId;
    }

    /** part / whole, rounded to four decimals; 0 when there is no whole. */
    static double share(long part, long whole) {
        return whole == 0 ? 0 : round((double) part / whole);
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
