package vn.haugiang.digitalhelp.kb.search;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the guide search ({@code digitalhelp.kb.*}).
 *
 * @param cacheSize      how many recent questions keep their search result in memory
 * @param revisionPoll   how often this instance checks MongoDB for articles saved by another instance
 * @param maxQueryTerms  at most this many distinct terms of one question are searched (bounds hostile input)
 * @param confidence     when a result is an answer, a suggestion or a fallback
 */
@ConfigurationProperties("digitalhelp.kb")
public record KnowledgeBaseProperties(
        @DefaultValue("10000") int cacheSize,
        @DefaultValue("5s") Duration revisionPoll,
        @DefaultValue("40") int maxQueryTerms,
        @DefaultValue Confidence confidence) {

    /**
     * Thresholds of the confidence decision (see {@link ConfidencePolicy}).
     *
     * @param answerCoverage  least share of the question's weight the top guide must cover to answer
     * @param suggestCoverage least share to offer suggestions at all
     * @param maxRivalRatio   an answer needs the best guide of another topic to score at most this share of the top
     */
    public record Confidence(
            @DefaultValue("0.6") double answerCoverage,
            @DefaultValue("0.35") double suggestCoverage,
            @DefaultValue("0.8") double maxRivalRatio) {
    }

    public static KnowledgeBaseProperties defaults() {
        return new KnowledgeBaseProperties(10_000, Duration.ofSeconds(5), 40, new Confidence(0.6, 0.35, 0.8));
    }
}
