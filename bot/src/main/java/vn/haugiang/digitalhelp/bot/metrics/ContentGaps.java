package vn.haugiang.digitalhelp.bot.metrics;

import java.util.List;

import org.springframework.stereotype.Component;

/**
 * Where the guides fall short: questions of the period that fell back or were marked "Chưa được",
 * clustered by wording and ranked by count. Read from the kept samples (the newest
 * {@code gap-samples} per commune and month), which lose their texts with the retention period.
 */
@Component
public class ContentGaps {

    private final RollupReader rollups;

    public ContentGaps(RollupReader rollups) {
        this.rollups = rollups;
    }

    public List<ContentGap> of(Period period, String communeId, int limit) {
        String from = period.from().toString();
        String to = period.to().toString();
        List<String> questions = rollups.gapSamples(period, MetricsQueries.scope(communeId)).stream()
                .filter(sample -> sample.getString("day").compareTo(from) >= 0 && sample.getString("day").compareTo(to) <= 0)
                .map(sample -> sample.getString("text"))
                .filter(text -> text != null)
                .toList();
        List<ContentGap> gaps = GapClustering.cluster(questions);
        return gaps.subList(0, Math.min(limit, gaps.size()));
    }
}
