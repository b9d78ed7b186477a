package vn.haugiang.digitalhelp.admin.metrics;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

import vn.haugiang.digitalhelp.bot.metrics.ArticleFeedback;
import vn.haugiang.digitalhelp.bot.metrics.ContentGap;
import vn.haugiang.digitalhelp.bot.metrics.CountRow;
import vn.haugiang.digitalhelp.bot.metrics.EscalationFigures;
import vn.haugiang.digitalhelp.bot.metrics.Figures;
import vn.haugiang.digitalhelp.bot.metrics.HamletProgress;

/**
 * The metrics API's JSON bodies, one record each (so the API documentation shows their schemas), with the
 * snake_case keys spelled out here rather than derived from Java names.
 */
public final class MetricsJson {

    private MetricsJson() {
    }

    /** The headline figures of a period ({@code /summary}); see {@link Figures} for each one's meaning. */
    public record Summary(long questions, long residents, long answered, long suggested, long fallback,
                          long escalated, long conversations,
                          @JsonProperty("containment_rate") double containmentRate,
                          @JsonProperty("escalation_rate") double escalationRate,
                          @JsonProperty("resolved_by_bot") long resolvedByBot,
                          @JsonProperty("resolved_rate") double resolvedRate,
                          @JsonProperty("answer_rate") double answerRate,
                          @JsonProperty("confirmed_outcomes") long confirmedOutcomes) {

        static Summary of(Figures f) {
            return new Summary(f.questions(), f.residents(), f.answered(), f.suggested(), f.fallback(), f.escalated(),
                    f.conversations(), f.containmentRate(), f.escalationRate(), f.resolvedByBot(), f.resolvedRate(),
                    f.answerRate(), f.confirmedOutcomes());
        }
    }

    /** Counts under one value of a breakdown ({@code /breakdown}); see {@link CountRow}. */
    public record Row(String key, String name, long questions, long answered, long suggested, long fallback,
                      long escalated, @JsonProperty("guides_shown") long guidesShown) {

        static List<Row> of(List<CountRow> rows) {
            return rows.stream().map(row -> new Row(row.key(), row.name(), row.questions(), row.answered(),
                    row.suggested(), row.fallback(), row.escalated(), row.guidesShown())).toList();
        }
    }

    /** How fast requests for a person were taken and finished ({@code /escalations}); null times when none. */
    public record Escalations(long claimed,
                              @JsonProperty("claim_median_seconds") Long claimMedianSeconds,
                              @JsonProperty("claim_p90_seconds") Long claimP90Seconds,
                              long resolved,
                              @JsonProperty("resolve_median_seconds") Long resolveMedianSeconds,
                              @JsonProperty("resolve_p90_seconds") Long resolveP90Seconds,
                              long ratings,
                              @JsonProperty("average_rating") Double averageRating) {

        static Escalations of(EscalationFigures e) {
            return new Escalations(e.claimed(), e.claimMedianSeconds(), e.claimP90Seconds(), e.resolved(),
                    e.resolveMedianSeconds(), e.resolveP90Seconds(), e.ratings(), e.averageRating());
        }
    }

    /** Residents' answers to "did this guide help?" for one guide ({@code /feedback}). */
    public record Feedback(@JsonProperty("article_id") String articleId, String topic, String title, long done,
                           @JsonProperty("not_yet") long notYet) {

        static List<Feedback> of(List<ArticleFeedback> feedback) {
            return feedback.stream().map(article -> new Feedback(article.articleId(), article.topic(), article.title(),
                    article.done(), article.notYet())).toList();
        }
    }

    /** Questions no guide answered, grouped ({@code /gaps}). */
    public record Gap(String label, int count, List<String> examples) {

        static List<Gap> of(List<ContentGap> gaps) {
            return gaps.stream().map(gap -> new Gap(gap.label(), gap.count(), gap.examples())).toList();
        }
    }

    /** A hamlet's confirmed outcomes per skill against the plan's targets ({@code /progress}). */
    public record Progress(@JsonProperty("hamlet_id") String hamletId, String name, int households,
                           List<SkillProgress> skills) {

        static List<Progress> of(List<HamletProgress> hamlets) {
            return hamlets.stream().map(hamlet -> new Progress(hamlet.hamletId(), hamlet.name(), hamlet.households(),
                    hamlet.skills().stream().map(SkillProgress::of).toList())).toList();
        }
    }

    /** One skill of a hamlet: confirmed outcomes, their share of households, and the targets. */
    public record SkillProgress(String skill, long confirmed, double share,
                                @JsonProperty("interim_target") double interimTarget,
                                @JsonProperty("goal_target") double goalTarget) {

        static SkillProgress of(HamletProgress.SkillProgress skill) {
            return new SkillProgress(skill.skill().name(), skill.confirmed(), skill.share(), skill.interimTarget(),
                    skill.goalTarget());
        }
    }
}
