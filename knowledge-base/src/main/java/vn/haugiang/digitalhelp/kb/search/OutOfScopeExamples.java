package vn.haugiang.digitalhelp.kb.search;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Questions an admin marked as out of scope. A new question that says nearly the same (the same folded
 * words, give or take one in four) is declined like them, whichever guide shares its words.
 */
final class OutOfScopeExamples {

    /** Least share of words two questions must have in common (Jaccard) to count as the same question. */
    static final double SAME_QUESTION = 0.75;

    private final List<Set<String>> examples;

    OutOfScopeExamples(Collection<String> questions) {
        this.examples = questions.stream().map(question -> words(PaddedWords.of(question))).toList();
    }

    boolean covers(PaddedWords question) {
        Set<String> words = words(question);
        return !words.isEmpty() && examples.stream().anyMatch(example -> jaccard(example, words) >= SAME_QUESTION);
    }

    private static Set<String> words(PaddedWords text) {
        String folded = text.folded().strip();
        return folded.isEmpty() ? Set.of() : Set.copyOf(Arrays.asList(folded.split(" ")));
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        Set<String> common = new HashSet<>(a);
        common.retainAll(b);
        return (double) common.size() / (a.size() + b.size() - common.size());
    }
}
