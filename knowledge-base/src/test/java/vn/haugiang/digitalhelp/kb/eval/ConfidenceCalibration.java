package vn.haugiang.digitalhelp.kb.eval;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import vn.haugiang.digitalhelp.kb.search.KnowledgeBaseProperties;
import vn.haugiang.digitalhelp.kb.search.KnowledgeBaseProperties.Confidence;
import vn.haugiang.digitalhelp.kb.search.SearchOutcome;
import vn.haugiang.digitalhelp.kb.search.SearchResult;

/**
 * A tool, not a test: searches each tuning question once, then tries a grid of confidence thresholds
 * on the recorded signals and prints the settings that answer the most questions right while keeping
 * wrong answers and answered out-of-scope questions under their bars. Run it on the development set
 * only, never on the held-out set (see the README for the command).
 */
public final class ConfidenceCalibration {

    private static final double MAX_WRONG = 0.02;
    private static final double MAX_OUT_OF_SCOPE = 0.03;

    private ConfidenceCalibration() {
    }

    public static void main(String[] args) {
        List<LabelledQuestion> questions = LabelledQuestion.readTsv(Path.of(args[0]));
        SeedGuideEvaluation evaluation = new SeedGuideEvaluation(KnowledgeBaseProperties.defaults(), Clock.systemUTC());
        List<SearchResult> results = questions.stream().map(q -> evaluation.searchUncached(q.question())).toList();
        List<String> lines = new ArrayList<>();
        List<double[]> scores = new ArrayList<>();
        for (double coverage = 0.2; coverage <= 0.801; coverage += 0.05) {
            for (double pairs = 0; pairs <= 0.601; pairs += 0.1) {
                for (double score = 0; score <= 20; score += 2) {
                    for (double rival = 0.7; rival <= 1.001; rival += 0.05) {
                        Confidence confidence = new Confidence(coverage, pairs, score, rival, 0.2);
                        double[] figures = score(questions, results, confidence);
                        if (figures[1] <= MAX_WRONG && figures[2] <= MAX_OUT_OF_SCOPE) {
                            scores.add(figures);
                            lines.add(String.format(Locale.ROOT,
                                    "answer=%.3f wrong=%.3f oos=%.3f  coverage=%.2f pairs=%.1f score=%.0f rival=%.2f",
                                    figures[0], figures[1], figures[2], coverage, pairs, score, rival));
                        }
                    }
                }
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> -scores.get(i)[0]));
        order.stream().limit(20).forEach(i -> System.out.println(lines.get(i)));
    }

    /** answer accuracy, wrong-answer rate, out-of-scope answered. */
    private static double[] score(List<LabelledQuestion> questions, List<SearchResult> results, Confidence confidence) {
        int inScope = 0;
        int right = 0;
        int wrong = 0;
        int outOfScope = 0;
        int outOfScopeAnswered = 0;
        for (int i = 0; i < questions.size(); i++) {
            SearchResult result = results.get(i);
            boolean answered = result.top() != null && confidence.decide(result.coverage(), result.pairCoverage(),
                    result.top().score(), result.rivalRatio()) == SearchOutcome.ANSWER;
            if (questions.get(i).inScope()) {
                inScope++;
                boolean correct = answered && result.top().topic().equals(questions.get(i).expectedTopic());
                right += correct ? 1 : 0;
                wrong += answered && !correct ? 1 : 0;
            } else {
                outOfScope++;
                outOfScopeAnswered += answered ? 1 : 0;
            }
        }
        return new double[] {(double) right / inScope, (double) wrong / inScope,
                (double) outOfScopeAnswered / Math.max(1, outOfScope)};
    }
}
