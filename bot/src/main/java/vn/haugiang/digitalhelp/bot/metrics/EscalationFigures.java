package vn.haugiang.digitalhelp.bot.metrics;

/**
 * Requests for a person opened in the period: how fast they were taken and finished, in seconds
 * (nearest-rank median and 90th percentile; null when none), and the residents' average rating.
 */
public record EscalationFigures(long claimed, Long claimMedianSeconds, Long claimP90Seconds,
                                long resolved, Long resolveMedianSeconds, Long resolveP90Seconds,
                                long ratings, Double averageRating) {
}
