package vn.haugiang.digitalhelp.kb.eval;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import vn.haugiang.digitalhelp.kb.search.KnowledgeBaseProperties;
import vn.haugiang.digitalhelp.kb.search.KnowledgeBaseProperties.CloseCall;
import vn.haugiang.digitalhelp.kb.search.KnowledgeBaseProperties.Confidence;
import vn.haugiang.digitalhelp.kb.search.SearchOutcome;
import vn.haugiang.digitalhelp.kb.search.SearchResult;

/**
 * A tool, not a test: searches each tuning question once, then tries a grid of confidence thresholds
 * on the recorded signals and prints the settings that answer the most questions right while keeping
 * wrong answers and answered out-of-scope questions under their bars (with a margin under the targets),
 * then the one it would choose.
 * Run it on the development set only, never on the held-out set (see the README for the command).
 */
public final class ConfidenceCalibration {

    /**
     * The bars on the development set, kept with a margin under the targets (wrong answers ≤ 2 %,
     * out-of-scope answered ≤ 3 %): the best of thousands of settings on one set does worse on questions
     * it has not seen, and the held-out set of about two hundred questions can afford only three wrong
     * answers.
     */
    private static final double MAX_WRONG = 0.01;
    private static final double MAX_OUT_OF_SCOPE = 0.02;
    private static final double ANSWER_MARGIN = 0.01;
    /**
     * The rival ratios tried: the next likeliest topic's probability as a share of the top one's (the topic
     * classifier's probabilities are sharp, so most clear answers have a rival under a tenth).
     */
    private static final double[] RIVAL_RATIOS = {0.01, 0.02, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1};
    private static final double[] CLOSE_CALL_RATIOS = {0.01, 0.02, 0.05, 0.1, 0.2, 0.3, 0.5};

    private ConfidenceCalibration() {
    }

    public static void main(String[] args) {
        List<LabelledQuestion> questions = LabelledQuestion.readTsv(Path.of(args[0]));
        SeedGuideEvaluation evaluation = new SeedGuideEvaluation(KnowledgeBaseProperties.defaults(), Clock.systemUTC());
        Confidence inUse = KnowledgeBaseProperties.defaults().confidence();
        List<SearchResult> results = questions.stream().map(q -> evaluation.searchUncached(q.question()))
                .map(result -> offeredOnly(result, inUse) ? null : result).toList();
        List<String> lines = new ArrayList<>();
        List<double[]> scores = new ArrayList<>();
        for (double coverage = 0.2; coverage <= 0.801; coverage += 0.05) {
            for (double pairs = 0; pairs <= 0.601; pairs += 0.1) {
                for (double score = 0; score <= 20; score += 2) {
                    for (double rival : RIVAL_RATIOS) {
                        for (CloseCall closeCall : closeCalls()) {
                            Confidence confidence = new Confidence(coverage, pairs, score, rival, inUse.suggestCoverage(),
                                    inUse.minSuggestScore(), inUse.minCarrierShare(), closeCall);
                            double[] figures = score(questions, results, confidence);
                            if (figures[1] <= MAX_WRONG && figures[2] <= MAX_OUT_OF_SCOPE) {
                                scores.add(figures);
                                lines.add(String.format(Locale.ROOT,
                                        "answer=%.3f wrong=%.3f oos=%.3f  coverage=%.2f pairs=%.1f score=%.0f rival=%.2f"
                                                + " close-call=%.2f/%.1f/%.1f",
                                        figures[0], figures[1], figures[2], coverage, pairs, score, rival,
                                        closeCall.rivalRatio(), closeCall.coverage(), closeCall.pairCoverage()));
                            }
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
        if (!order.isEmpty()) {
            System.out.println("chosen: " + lines.get(chosen(order, scores)));
        }
    }

    /** No close-call rule, and the close-call settings tried (rival ratio, coverage, pair coverage). */
    private static List<CloseCall> closeCalls() {
        List<CloseCall> closeCalls = new ArrayList<>(List.of(CloseCall.OFF));
        for (double rival : CLOSE_CALL_RATIOS) {
            for (double coverage = 0.4; coverage <= 0.601; coverage += 0.1) {
                for (double pairs = 0.1; pairs <= 0.301; pairs += 0.1) {
                    closeCalls.add(new CloseCall(rival, coverage, pairs));
                }
            }
        }
        return closeCalls;
    }

    /**
     * Out-of-scope and wrong answers on the development set are a handful of rows, so the setting with
     * the most right answers sits by chance just under a bar. Chosen instead: among the settings within
     * {@value #ANSWER_MARGIN} of the best answer rate, the fewest out-of-scope answers, then the fewest
     * wrong ones, then the most right answers.
     */
    private static int chosen(List<Integer> byAnswerRate, List<double[]> scores) {
        double best = scores.get(byAnswerRate.get(0))[0];
        return byAnswerRate.stream()
                .filter(i -> scores.get(i)[0] >= best - ANSWER_MARGIN)
                .min(Comparator.comparingDouble((Integer i) -> scores.get(i)[2])
                        .thenComparingDouble(i -> scores.get(i)[1])
                        .thenComparingDouble(i -> -scores.get(i)[0]))
                .orElseThrow();
    }

    /**
     * A guide the search only offers, whatever the thresholds (found by its key object below another
     * guide), is never an answer: its outcome is a suggestion although the thresholds in use would answer
     * on its signals. Such results are left out of the answers (null), so the grid's figures for the
     * thresholds in use are the eval's.
     */
    private static boolean offeredOnly(SearchResult result, Confidence inUse) {
        return result.outcome() == SearchOutcome.SUGGEST && inUse.decide(result.coverage(), result.pairCoverage(),
                result.top().score(), result.rivalRatio()) == SearchOutcome.ANSWER;
    }

    /** answer accuracy, wrong-answer rate, out-of-scope answered (a null result: never answered). */
    private static double[] score(List<LabelledQuestion> questions, List<SearchResult> results, Confidence confidence) {
        int inScope = 0;
        int right = 0;
        int wrong = 0;
        int outOfScope = 0;
        int outOfScopeAnswered = 0;
        for (int i = 0; i < questions.size(); i++) {
            SearchResult result = results.get(i);
            boolean answered = result != null && result.top() != null && confidence.decide(result.coverage(), result.pairCoverage(),
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
