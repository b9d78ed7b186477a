package vn.haugiang.digitalhelp.kb.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.haugiang.digitalhelp.kb.text.VietnameseText;

/**
 * Every word the published guides use, accented and folded, with how many guides use each folded word,
 * and a table of single-letter deletions for finding the guide word a typo stands for.
 */
final class GuideVocabulary {

    /** Shorter words collide too much once folded ("dau" has a dozen accented readings). */
    static final int MIN_CORRECTABLE_LENGTH = 4;

    private final Set<String> accented = new HashSet<>();
    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private final Map<String, List<String>> wordsByDeletion = new HashMap<>();
    private final int guides;

    GuideVocabulary(Collection<Set<String>> accentedWordsPerGuide) {
        this.guides = accentedWordsPerGuide.size();
        for (Set<String> words : accentedWordsPerGuide) {
            accented.addAll(words);
            Set<String> folded = new HashSet<>();
            words.forEach(word -> folded.add(VietnameseText.fold(word)));
            folded.forEach(word -> documentFrequency.merge(word, 1, Integer::sum));
        }
        for (String word : documentFrequency.keySet()) {
            if (word.length() >= MIN_CORRECTABLE_LENGTH - 1) {
                for (String deletion : deletions(word)) {
                    wordsByDeletion.computeIfAbsent(deletion, key -> new ArrayList<>()).add(word);
                }
            }
        }
    }

    boolean knowsAccented(String word) {
        return accented.contains(word);
    }

    boolean knowsFolded(String foldedWord) {
        return documentFrequency.containsKey(foldedWord);
    }

    int documentFrequency(String foldedWord) {
        return documentFrequency.getOrDefault(foldedWord, 0);
    }

    /** BM25's inverse document frequency: high for rare or unknown words, near zero for common ones. */
    double rarity(String foldedWord) {
        int df = documentFrequency(foldedWord);
        return Math.log(1 + (guides - df + 0.5) / (df + 0.5));
    }

    /** Guide words one edit away (a letter added, dropped, changed, or two swapped) from a folded word. */
    List<String> corrections(String foldedWord) {
        if (foldedWord.length() < MIN_CORRECTABLE_LENGTH || knowsFolded(foldedWord)) {
            return List.of();
        }
        Set<String> candidates = new HashSet<>(wordsByDeletion.getOrDefault(foldedWord, List.of()));
        for (String deletion : deletions(foldedWord)) {
            if (knowsFolded(deletion)) {
                candidates.add(deletion);
            }
            candidates.addAll(wordsByDeletion.getOrDefault(deletion, List.of()));
        }
        return candidates.stream().filter(word -> oneEditApart(foldedWord, word)).sorted().toList();
    }

    private static List<String> deletions(String word) {
        List<String> result = new ArrayList<>(word.length());
        for (int i = 0; i < word.length(); i++) {
            result.add(word.substring(0, i) + word.substring(i + 1));
        }
        return result;
    }

    /** Damerau–Levenshtein distance of exactly one. */
    static boolean oneEditApart(String a, String b) {
        if (a.equals(b) || Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        if (a.length() == b.length()) {
            int first = -1;
            int differences = 0;
            for (int i = 0; i < a.length(); i++) {
                if (a.charAt(i) != b.charAt(i)) {
                    if (differences++ == 0) {
                        first = i;
                    }
                }
            }
            if (differences == 1) {
                return true;
            }
            return differences == 2 && first + 1 < a.length()
                    && a.charAt(first) == b.charAt(first + 1) && a.charAt(first + 1) == b.charAt(first)
                    && a.substring(first + 2).equals(b.substring(first + 2));
        }
        String longer = a.length() > b.length() ? a : b;
        String shorter = a.length() > b.length() ? b : a;
        for (int i = 0; i < longer.length(); i++) {
            if ((longer.substring(0, i) + longer.substring(i + 1)).equals(shorter)) {
                return true;
            }
        }
        return false;
    }
}
