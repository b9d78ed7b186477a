package vn.haugiang.digitalhelp.kb.search;

import java.util.LinkedHashSet;
import java.util.List;

/**
 * The guides found for a question, best first, and what to do with them.
 *
 * @param coverage     share of the question's weight that the top guide contains (0–1)
 * @param pairCoverage share of the question's neighbouring word pairs the top guide has side by side (0–1)
 * @param rivalRatio score of the best guide of another topic relative to the top score (0–1)
 */
public record SearchResult(SearchOutcome outcome, List<GuideHit> hits, double coverage, double pairCoverage,
                           double rivalRatio) {

    public SearchResult {
        hits = List.copyOf(hits);
    }

    public static SearchResult nothingFound() {
        return new SearchResult(SearchOutcome.FALLBACK, List.of(), 0, 0, 0);
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
