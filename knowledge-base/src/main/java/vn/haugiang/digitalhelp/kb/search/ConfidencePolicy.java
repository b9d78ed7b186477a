package vn.haugiang.digitalhelp.kb.search;

import java.util.List;
import java.util.Set;

/**
 * Decides whether a ranked result is an answer, a few suggestions, or nothing, from two signals:
 * <ul>
 *   <li><b>coverage</b>: how much of the question the top guide contains, each word weighted by how rare
 *   it is among the guides (a word no guide knows, like "heo" or "máy cày", weighs most);</li>
 *   <li><b>rival ratio</b>: how close the best guide of another topic comes to the top score.</li>
 * </ul>
 * A confident wrong answer is worse than a suggestion, so answering needs both a well-covered question
 * and a clear winner.
 */
final class ConfidencePolicy {

    private final KnowledgeBaseProperties.Confidence thresholds;

    ConfidencePolicy(KnowledgeBaseProperties.Confidence thresholds) {
        this.thresholds = thresholds;
    }

    SearchResult decide(List<GuideHit> hits, QueryTerms terms, IndexedGuides guides) {
        if (hits.isEmpty()) {
            return SearchResult.nothingFound();
        }
        GuideHit top = hits.get(0);
        double coverage = coverage(terms.folded(), guides.vocabulary(top.articleId()), guides);
        double rivalRatio = rivalRatio(hits);
        SearchOutcome outcome;
        if (coverage >= thresholds.answerCoverage() && rivalRatio <= thresholds.maxRivalRatio()) {
            outcome = SearchOutcome.ANSWER;
        } else if (coverage >= thresholds.suggestCoverage()) {
            outcome = SearchOutcome.SUGGEST;
        } else {
            outcome = SearchOutcome.FALLBACK;
        }
        return new SearchResult(outcome, hits, coverage, rivalRatio);
    }

    private static double coverage(List<String> questionWords, Set<String> guideWords, IndexedGuides guides) {
        double total = 0;
        double covered = 0;
        for (String word : questionWords) {
            double weight = rarity(guides.documentFrequency(word), guides.size());
            total += weight;
            if (guideWords.contains(word)) {
                covered += weight;
            }
        }
        return total == 0 ? 0 : covered / total;
    }

    /** BM25's inverse document frequency: high for rare words, near zero for words every guide has. */
    private static double rarity(int documentFrequency, int guides) {
        return Math.log(1 + (guides - documentFrequency + 0.5) / (documentFrequency + 0.5));
    }

    private static double rivalRatio(List<GuideHit> hits) {
        GuideHit top = hits.get(0);
        return hits.stream()
                .filter(hit -> !hit.topic().equals(top.topic()))
                .findFirst()
                .map(rival -> rival.score() / (double) top.score())
                .orElse(0.0);
    }
}
