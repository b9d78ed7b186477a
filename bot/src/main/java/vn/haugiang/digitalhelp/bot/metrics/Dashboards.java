package vn.haugiang.digitalhelp.bot.metrics;

import java.time.YearMonth;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.haugiang.digitalhelp.bot.interaction.Projector;

/** Assembles a dashboard from one read of the period's day rollups plus the monthly ones. */
@Component
public class Dashboards {

    static final int GAPS_SHOWN = 20;

    private final MetricsQueries queries;
    private final PlanProgress progress;
    private final ContentGaps gaps;
    private final Projector projector;

    public Dashboards(MetricsQueries queries, PlanProgress progress, ContentGaps gaps, Projector projector) {
        this.queries = queries;
        this.progress = progress;
        this.gaps = gaps;
        this.projector = projector;
    }

    /** The dashboard of a period; hamlet progress only when a commune is chosen (it lists that commune's hamlets). */
    public Dashboard of(Period period, String communeId) {
        List<DailyRollup> days = queries.days(period, communeId);
        String scope = MetricsQueries.scope(communeId);
        return new Dashboard(period, scope.equals(RollupIds.ALL) ? null : scope,
                queries.figures(period, communeId, days),
                queries.byTime(days, MetricsQueries.Granularity.DAY),
                queries.byTopic(days), queries.byChannel(days), queries.byHamlet(days),
                queries.escalations(days), queries.articleFeedback(days),
                scope.equals(RollupIds.ALL) ? List.of() : progress.hamlets(scope, YearMonth.from(period.to())),
                gaps.of(period, communeId, GAPS_SHOWN), projector.lag());
    }
}
