package vn.haugiang.digitalhelp.kb.search;

import java.util.List;
import java.util.function.Predicate;

import vn.haugiang.digitalhelp.kb.search.QuestionReading.Position;
import vn.haugiang.digitalhelp.kb.search.QuestionReading.Reading;
import vn.haugiang.digitalhelp.kb.text.VietnameseText;

/**
 * Decides whether a ranked result is an answer, a few suggestions, or nothing, from these signals:
 * <ul>
 *   <li><b>coverage</b>: how much of the question the top guide contains. Each typed word counts by how
 *   rare it is among the guides, so a word no guide knows ("heo", "máy cày") weighs most; a word
 *   counts as covered when any of its readings is in the guide; filler words do not count.</li>
 *   <li><b>pair coverage</b>: how many of the question's neighbouring word pairs the top guide also
 *   has side by side;</li>
 *   <li><b>top score</b>: the top guide's search score;</li>
 *   <li><b>rival ratio</b>: how close the next likeliest topic comes to the top guide's topic, by the topic
 *   classifier's probabilities ({@link TopicClassifier}); by the search scores when there is no classifier.</li>
 * </ul>
 * A confident wrong answer is worse than a suggestion, so answering needs both a well-covered question
 * and a clear winner.
 */
final class ConfidencePolicy {

    private final KnowledgeBaseProperties.Confidence thresholds;

    ConfidencePolicy(KnowledgeBaseProperties.Confidence thresholds) {
        this.thresholds = thresholds;
    }

    /**
     * @param rivalRatio how close the next likeliest topic comes to the top guide's (0 none, 1 level)
     */
    SearchResult decide(List<GuideHit> hits, double rivalRatio, QuestionReading question, IndexedGuides guides) {
        if (hits.isEmpty()) {
            return SearchResult.nothingFound();
        }
        GuideHit top = hits.get(0);
        double coverage = coverage(question, word -> guides.guideUses(top.articleId(), word), guides.vocabulary());
        double pairCoverage = pairCoverage(question, pair -> guides.guideHasPair(top.articleId(), pair));
        SearchOutcome outcome = thresholds.decide(coverage, pairCoverage, top.score(), rivalRatio);
        return new SearchResult(outcome, hits, coverage, pairCoverage, rivalRatio);
    }

    /**
     * Guides that are never answered outright, only offered: a suggestion when the first covers enough
     * of the question to be worth offering, else nothing.
     */
    SearchResult suggest(List<GuideHit> hits, double rivalRatio, QuestionReading question, IndexedGuides guides) {
        SearchResult decided = decide(hits, rivalRatio, question, guides);
        SearchOutcome outcome = decided.outcome() == SearchOutcome.ANSWER ? SearchOutcome.SUGGEST : decided.outcome();
        return new SearchResult(outcome, hits, decided.coverage(), decided.pairCoverage(), decided.rivalRatio());
    }

    static double coverage(QuestionReading question, Predicate<String> guideUses, GuideVocabulary vocabulary) {
        double total = 0;
        double covered = 0;
        for (Position position : question.positions()) {
            if (position.filler()) {
                continue;
            }
            double weight = Double.MAX_VALUE;
            boolean found = false;
            for (Reading reading : position.readings()) {
                weight = Math.min(weight, rarity(reading, vocabulary));
                found |= reading.syllables().stream().allMatch(guideUses);
            }
            total += weight;
            covered += found ? weight : 0;
        }
        return total == 0 ? 0 : covered / total;
    }

    /**
     * Share of the question's neighbouring word pairs (leaving out pairs of two filler words) that stand
     * side by side in the guide, under any of their readings. Words that each appear somewhere in a
     * guide ("kết quả" … "xổ số") rarely also appear together by chance.
     */
    static double pairCoverage(QuestionReading question, Predicate<String> guideHasPair) {
        List<Position> positions = question.positions();
        int pairs = 0;
        int found = 0;
        for (int i = 1; i < positions.size(); i++) {
            Position before = positions.get(i - 1);
            Position after = positions.get(i);
            if (before.filler() && after.filler()) {
                continue;
            }
            pairs++;
            found += before.pairsWith(after, guideHasPair) ? 1 : 0;
        }
        return pairs == 0 ? 0 : (double) found / pairs;
    }

    private static double rarity(Reading reading, GuideVocabulary vocabulary) {
        return reading.syllables().stream()
                .mapToDouble(syllable -> vocabulary.rarity(VietnameseText.fold(syllable)))
                .average()
                .orElse(0);
    }

    /** The first guide of another topic's score as a share of the top guide's (in word-matching order: the best one). */
    static double rivalRatio(List<GuideHit> hits) {
        if (hits.isEmpty()) {
            return 0;
        }
        GuideHit top = hits.get(0);
        return hits.stream()
                .filter(hit -> !hit.topic().equals(top.topic()))
                .findFirst()
                .map(rival -> rival.score() / (double) top.score())
                .orElse(0.0);
    }
}
