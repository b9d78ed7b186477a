package vn.haugiang.digitalhelp.kb.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import vn.haugiang.digitalhelp.kb.search.SearchOutcome;
import vn.haugiang.digitalhelp.kb.search.SearchResult;

/** Scores a search against labelled questions, and measures its uncached latency. */
public final class SearchEvaluation {

    /** Long enough for the JIT compiler to finish with the search code before anything is timed. */
    private static final long WARM_UP_NANOS = 3_000_000_000L;
    private static final int TIMED_ROUNDS = 5;

    private SearchEvaluation() {
    }

    /**
     * @param search an uncached search: question → ranked result
     */
    public static EvaluationReport run(Function<String, SearchResult> search, List<LabelledQuestion> questions) {
        return score(search, questions, latenciesMillis(search, questions));
    }

    /** The figures without the latency measurement (which repeats every search several times). */
    public static EvaluationReport scoreOnly(Function<String, SearchResult> search, List<LabelledQuestion> questions) {
        return score(search, questions, new double[0]);
    }

    private static EvaluationReport score(Function<String, SearchResult> search, List<LabelledQuestion> questions,
                                          double[] latencies) {
        int inScope = 0;
        int top1 = 0;
        int top3 = 0;
        double reciprocalRanks = 0;
        int answeredRight = 0;
        int answeredWrong = 0;
        int outOfScope = 0;
        int outOfScopeAnswered = 0;
        List<EvaluationReport.Miss> misses = new ArrayList<>();
        for (LabelledQuestion labelled : questions) {
            SearchResult result = search.apply(labelled.question());
            List<String> topics = result.rankedTopics();
            String topTopic = topics.isEmpty() ? null : topics.get(0);
            boolean answered = result.outcome() == SearchOutcome.ANSWER;
            if (labelled.inScope()) {
                inScope++;
                int rank = topics.indexOf(labelled.expectedTopic()) + 1;
                top1 += rank == 1 ? 1 : 0;
                top3 += rank >= 1 && rank <= 3 ? 1 : 0;
                reciprocalRanks += rank >= 1 ? 1.0 / rank : 0;
                answeredRight += answered && rank == 1 ? 1 : 0;
                answeredWrong += answered && rank != 1 ? 1 : 0;
                if (rank != 1) {
                    misses.add(new EvaluationReport.Miss(labelled, result.outcome().name(), topTopic));
                }
            } else {
                outOfScope++;
                if (answered) {
                    outOfScopeAnswered++;
                    misses.add(new EvaluationReport.Miss(labelled, result.outcome().name(), topTopic));
                }
            }
        }
        return new EvaluationReport(questions.size(), inScope, share(top1, inScope), share(top3, inScope),
                inScope == 0 ? 0 : reciprocalRanks / inScope, share(answeredRight, inScope),
                share(answeredWrong, inScope), share(outOfScopeAnswered, outOfScope),
                percentile(latencies, 50), percentile(latencies, 99), misses);
    }

    private static double[] latenciesMillis(Function<String, SearchResult> search, List<LabelledQuestion> questions) {
        long warmUpEnds = System.nanoTime() + WARM_UP_NANOS;
        while (!questions.isEmpty() && System.nanoTime() < warmUpEnds) {
            questions.forEach(q -> search.apply(q.question()));
        }
        double[] samples = new double[questions.size() * TIMED_ROUNDS];
        int i = 0;
        for (int round = 0; round < TIMED_ROUNDS; round++) {
            for (LabelledQuestion q : questions) {
                long started = System.nanoTime();
                search.apply(q.question());
                samples[i++] = (System.nanoTime() - started) / 1e6;
            }
        }
        return samples;
    }

    static double percentile(double[] samples, double percent) {
        if (samples.length == 0) {
            return 0;
        }
        double[] sorted = samples.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static double share(int count, int of) {
        return of == 0 ? 0 : (double) count / of;
    }
}
