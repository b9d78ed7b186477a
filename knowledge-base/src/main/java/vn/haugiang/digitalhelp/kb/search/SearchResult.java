package vn.haugiang.digitalhelp.kb.search;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * The guides found for a question, best first, and what to do with them.
 *
 * @param coverage     share of the question's weight that the top guide contains (0–1)
 * @param pairCoverage share of the question's neighbouring word pairs the top guide has side by side (0–1)
 * @param rivalRatio score of the best guide of another topic relative to the top score (0–1)
 * @param decline      why no guide is given although guides share words with the question; null if not declined
 */
public record SearchResult(SearchOutcome outcome, List<GuideHit> hits, double coverage, double pairCoverage,
                           double rivalRatio, Decline decline) {

    public SearchResult {
        hits = List.copyOf(hits);
    }

    /** A result that is not declined. */
    public SearchResult(SearchOutcome outcome, List<GuideHit> hits, double coverage, double pairCoverage,
                        double rivalRatio) {
        this(outcome, hits, coverage, pairCoverage, rivalRatio, null);
    }

    public static SearchResult nothingFound() {
        return new SearchResult(SearchOutcome.FALLBACK, List.of(), 0, 0, 0);
    }

    /** No guide for this question, for this reason; the guides that shared its words stay listed. */
    static SearchResult declined(Decline decline, List<GuideHit> hits) {
        return new SearchResult(SearchOutcome.FALLBACK, hits, 0, 0, 0, decline);
    }

    public Optional<Decline> declined() {
        return Optional.ofNullable(decline);
    }

    /** Distinct topic keys of the hits, best first. */
    public List<String> rankedTopics() {
        LinkedHashSet<String> topics = new LinkedHashSet<>();
        hits.forEach(hit -> topics.add(hit.topic()));
        return List.copyOf(topics);
    }

    public GuideHit top() {
        return hits.isEmpty() ? null : hits.get(0);
    }
}
