package vn.haugiang.digitalhelp.kb.eval;

import java.util.List;
import java.util.Locale;

/**
 * The figures of one evaluation run. Recall and MRR are over the ranked topics of in-scope questions;
 * answer accuracy and wrong-answer rate over in-scope questions the system answered outright;
 * out-of-scope-answered over the {@code -} questions.
 */
public record EvaluationReport(
        int questions,
        int inScope,
        double recallAt1,
        double recallAt3,
        double mrr,
        double answerAccuracy,
        double wrongAnswerRate,
        double outOfScopeAnswered,
        double p50Millis,
        double p99Millis,
        List<Miss> misses) {

    /** An in-scope question whose top topic was wrong, or an out-of-scope one that was answered. */
    public record Miss(LabelledQuestion question, String outcome, String topTopic) {
    }

    /** The fixed JSON line of the evaluation command. */
    public String json() {
        return String.format(Locale.ROOT,
                "\"questions\":%d,\"in_scope\":%d,\"recall_at_1\":%.4f,\"recall_at_3\":%.4f,\"mrr\":%.4f,"
                        + "\"answer_accuracy\":%.4f,\"wrong_answer_rate\":%.4f,\"out_of_scope_answered\":%.4f,"
                        + "\"p50_ms\":%.3f,\"p99_ms\":%.3f",
                questions, inScope, recallAt1, recallAt3, mrr, answerAccuracy, wrongAnswerRate, outOfScopeAnswered,
                p50Millis, p99Millis);
    }
}
