package vn.haugiang.digitalhelp.bot.metrics;

import java.util.List;

import vn.haugiang.digitalhelp.bot.interaction.ProjectionSources;

/**
 * Everything a commune's dashboard shows for a period.
 *
 * @param projection how far behind the log the figures are
 */
public record Dashboard(
        Period period,
        String communeId,
        Figures figures,
        List<CountRow> byDay,
        List<CountRow> byTopic,
        List<CountRow> byChannel,
        List<CountRow> byHamlet,
        EscalationFigures escalations,
        List<ArticleFeedback> articleFeedback,
        List<HamletProgress> hamletProgress,
        List<ContentGap> contentGaps,
        ProjectionSources.ProjectionLag projection) {
}
