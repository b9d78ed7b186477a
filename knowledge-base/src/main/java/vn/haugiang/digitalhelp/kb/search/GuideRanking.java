package vn.haugiang.digitalhelp.kb.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopScoreDocCollectorManager;

import vn.haugiang.digitalhelp.kb.search.GuideQuery.Clause;

/**
 * Ranks the guides for a query's clauses with the scores Lucene gives the same query, best first, ties
 * to the guide indexed first. Each clause scores the guides in its postings ({@link FieldScoring}) and a
 * guide's score is the sum of its clauses' scores; Lucene would build a weight, a postings reader and a
 * scorer for every clause of every query, which was most of what a search allocated.
 *
 * <p>Lucene adds a guide's clause scores up in double, in an order of its own, and rounds the sum to
 * float. When no sum of a query can round in double, every order gives the same sum, so the scores here
 * are Lucene's; every clause score is a whole multiple of the smallest one's unit in the last place, so
 * that holds while the largest sum stays below 2<sup>53</sup> of those units (it does by far on the
 * seed and on a 2,000-guide base). Should it not, Lucene ranks the query itself.
 */
final class GuideRanking {

    /** Whole numbers up to this are exact in double. */
    private static final double EXACT_IN_DOUBLE = 0x1p53;

    private GuideRanking() {
    }

    static ScoreDoc[] top(List<Clause> clauses, IndexedGuides guides, int maxHits) throws IOException {
        double[] sums = new double[guides.maxDoc()];
        boolean[] matched = new boolean[sums.length];
        float smallest = Float.MAX_VALUE;
        for (Clause clause : clauses) {
            FieldScoring field = guides.scoring(clause.field());
            TermPostings postings = clause.postings();
            float weight = field.weight(clause.boost(), postings);
            for (int i = 0; i < postings.size(); i++) {
                int guide = postings.guide(i);
                float score = field.score(weight, guide, postings.frequency(i));
                sums[guide] += score;
                matched[guide] = true;
                if (score > 0 && score < smallest) {
                    smallest = score;
                }
            }
        }
        double largest = 0;
        for (double sum : sums) {
            largest = Math.max(largest, sum);
        }
        if (!sumsAreExact(largest, smallest)) {
            return lucene(clauses, guides, maxHits);
        }
        return best(sums, matched, maxHits);
    }

    /** True when sums up to {@code largest} of float terms no smaller than {@code smallest} are exact in double. */
    static boolean sumsAreExact(double largest, float smallest) {
        return largest < EXACT_IN_DOUBLE * Math.ulp(smallest);
    }

    /** The query ranked by Lucene, for sums that might round. */
    static ScoreDoc[] lucene(List<Clause> clauses, IndexedGuides guides, int maxHits) throws IOException {
        // Counting every hit is not needed: this lets Lucene skip guides that cannot reach the top.
        return guides.searcher().search(GuideQuery.luceneQuery(clauses),
                new TopScoreDocCollectorManager(maxHits, null, maxHits)).scoreDocs;
    }

    /** The matched guides with the highest scores, best first, a tie to the lower document number. */
    private static ScoreDoc[] best(double[] sums, boolean[] matched, int maxHits) {
        ScoreDoc[] best = new ScoreDoc[maxHits];
        int size = 0;
        for (int guide = 0; guide < sums.length; guide++) {
            float score = (float) sums[guide];
            if (!matched[guide] || size == maxHits && score <= best[size - 1].score) {
                continue;
            }
            int at = size < maxHits ? size++ : size - 1;
            while (at > 0 && best[at - 1].score < score) {
                best[at] = best[at - 1];
                at--;
            }
            best[at] = new ScoreDoc(guide, score);
        }
        return Arrays.copyOf(best, size);
    }
}
