package vn.haugiang.digitalhelp.kb.search;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the guide search ({@code digitalhelp.kb.*}).
 *
 * @param cacheSize      how many recent questions keep their search result in memory
 * @param revisionPoll   how often this instance checks MongoDB for articles saved by another instance
 * @param maxQueryTerms  at most this many distinct terms of one question are searched (bounds hostile input)
 * @param confidence     when a result is an answer, a suggestion or a fallback
 * @param lexiconFile    an admin's own colloquial words, in the format of {@code search/colloquial.txt}; empty for none
 */
@ConfigurationProperties("digitalhelp.kb")
public record KnowledgeBaseProperties(
        @DefaultValue("10000") int cacheSize,
        @DefaultValue("5s") Duration revisionPoll,
        @DefaultValue("40") int maxQueryTerms,
        @DefaultValue Confidence confidence,
        @DefaultValue("") String lexiconFile) {

    /** The admin's lexicon file, if one is named. */
    public Optional<Path> lexiconFilePath() {
        return lexiconFile == null || lexiconFile.isBlank() ? Optional.empty() : Optional.of(Path.of(lexiconFile));
    }

    /**
     * Thresholds of the confidence decision (see {@link ConfidencePolicy}).
     *
     * @param answerCoverage     least share of the question's weight the top guide must cover to answer
     * @param answerPairCoverage least share of the question's word pairs the top guide must have to answer
     * @param minAnswerScore     least search score of the top guide to answer
     * @param maxRivalRatio      an answer needs the next likeliest topic to be at most this share as likely as the
     *                           top guide's (the topic classifier's probabilities)
     * @param suggestCoverage    least share of the question's weight to offer suggestions at all
     * @param minSuggestScore    least search score of the top guide to offer suggestions at all (one rare word
     *                           matched among words no guide knows is no reason to offer a guide)
     * @param minCarrierShare    when the top guide lacks the question's key object, a guide further down that
     *                           has it is suggested if it scores at least this share of the top guide
     * @param closeCall          stricter coverage when another topic comes close to the top one (off by default)
     */
    public record Confidence(
            @DefaultValue("0.35") double answerCoverage,
            @DefaultValue("0.2") double answerPairCoverage,
            @DefaultValue("18") double minAnswerScore,
            @DefaultValue("0.3") double maxRivalRatio,
            @DefaultValue("0.2") double suggestCoverage,
            @DefaultValue("5") double minSuggestScore,
            @DefaultValue("0.5") double minCarrierShare,
            @DefaultValue CloseCall closeCall) {

        /** The outcome for a top guide with these signals (see {@link ConfidencePolicy}). */
        public SearchOutcome decide(double coverage, double pairCoverage, double topScore, double rivalRatio) {
            if (coverage >= answerCoverage && pairCoverage >= answerPairCoverage && topScore >= minAnswerScore
                    && rivalRatio <= maxRivalRatio && closeCall.allows(coverage, pairCoverage, rivalRatio)) {
                return SearchOutcome.ANSWER;
            }
            return coverage >= suggestCoverage && topScore >= minSuggestScore ? SearchOutcome.SUGGEST : SearchOutcome.FALLBACK;
        }
    }

    /**
     * A close call between two topics ("nộp hồ sơ" in the merger guide and in the filing guide) is answered
     * outright only when the top guide also covers the question well; otherwise the guides are offered.
     * Off by default since the topic classifier decides between topics ({@link #OFF}).
     *
     * @param rivalRatio   another topic more likely than this share of the top one makes a close call
     * @param coverage     least coverage of the question to answer a close call
     * @param pairCoverage least pair coverage of the question to answer a close call
     */
    public record CloseCall(
            @DefaultValue("1") double rivalRatio,
            @DefaultValue("0") double coverage,
            @DefaultValue("0") double pairCoverage) {

        /** No close-call rule: every rival up to {@code maxRivalRatio} is answered on the general thresholds. */
        public static final CloseCall OFF = new CloseCall(1, 0, 0);

        boolean allows(double questionCoverage, double questionPairCoverage, double rival) {
            return rival <= rivalRatio || questionCoverage >= coverage && questionPairCoverage >= pairCoverage;
        }
    }

    public static KnowledgeBaseProperties defaults() {
        return new KnowledgeBaseProperties(10_000, Duration.ofSeconds(5), 40, new Confidence(0.35, 0.2, 18, 0.3, 0.2, 5, 0.5,
                CloseCall.OFF), "");
    }
}
