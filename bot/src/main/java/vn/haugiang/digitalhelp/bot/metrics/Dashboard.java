package vn.haugiang.digitalhelp.bot.metrics;

import java.util.List;

/** Everything a commune's dashboard shows for a period. */
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
        List<ContentGap> contentGaps) {
}
