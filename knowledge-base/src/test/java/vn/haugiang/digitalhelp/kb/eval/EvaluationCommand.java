package vn.haugiang.digitalhelp.kb.eval;

import java.nio.file.Path;
import java.time.Clock;

import vn.haugiang.digitalhelp.kb.search.KnowledgeBaseProperties;

/**
 * A tool, not a test: the app's {@code eval} command run from the knowledge-base classes with the default
 * settings, so the search can be measured without building the app (see the README for the command).
 */
public final class EvaluationCommand {

    private EvaluationCommand() {
    }

    public static void main(String[] args) {
        new SeedGuideEvaluation(KnowledgeBaseProperties.defaults(), Clock.systemUTC())
                .print(LabelledQuestion.readTsv(Path.of(args[0])), System.out);
    }
}
