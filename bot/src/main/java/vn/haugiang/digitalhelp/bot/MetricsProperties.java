package vn.haugiang.digitalhelp.bot;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the evidence the bot keeps for the plan ({@code digitalhelp.metrics.*}): outcome
 * follow-ups, retention of question texts, content-gap samples and the plan's targets.
 *
 * @param followUpDelay     how long after a guide on a tracked skill the bot asks whether the resident managed it
 * @param questionRetention how long the raw text of a question is kept; afterwards only counts remain
 * @param gapSamples        questions kept per commune and month for content gaps (the newest ones)
 * @param targets           the plan's targets, as shares of a hamlet's households
 * @param projection        how the figures and the follow-up plan are kept from the log
 */
@ConfigurationProperties("digitalhelp.metrics")
public record MetricsProperties(
        @DefaultValue("20h") Duration followUpDelay,
        @DefaultValue("180d") Duration questionRetention,
        @DefaultValue("2000") int gapSamples,
        @DefaultValue Targets targets,
        @DefaultValue Projection projection) {

    /**
     * The projector: one instance at a time applies the log to the figures and the follow-up plan.
     *
     * @param interval  pause between two looks for new turns and events
     * @param batchSize most turns (and as many events) applied in one batch
     * @param lease     how long the instance that projects keeps the right to, unless it renews it
     * @param sweep     how often the projector looks for records written by other instances even when
     *                  this one wrote none
     */
    public record Projection(
            @DefaultValue("1s") Duration interval,
            @DefaultValue("500") int batchSize,
            @DefaultValue("30s") Duration lease,
            @DefaultValue("1m") Duration sweep) {
    }

    /** Two milestones per skill (Kế hoạch 103/KH-UBND): an interim one and the final goal. */
    public record Targets(
            @DefaultValue("0.5") double appInterim,
            @DefaultValue("0.8") double appGoal,
            @DefaultValue("0.7") double skillsInterim,
            @DefaultValue("0.9") double skillsGoal,
            @DefaultValue("0.3") double dossiersInterim,
            @DefaultValue("0.5") double dossiersGoal) {

    }

    /** Shares of households, 0–1. */
    public record Target(double interim, double goal) {
    }
}
