package vn.haugiang.digitalhelp.kb.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Listed phrases filed under their first word, so that a question is read once for all of them rather
 * than once per phrase: a search checks some six hundred phrases of {@code not-for-guides.txt} and
 * {@code neighbours.txt}. Each phrase is found as {@link PaddedWords#contains} finds it: one written with
 * diacritics in the words as typed, one written without in the folded words.
 */
final class PhraseIndex {

    private final Map<String, List<String>> typedByFirstWord = new HashMap<>();
    private final Map<String, List<String>> foldedByFirstWord = new HashMap<>();

    PhraseIndex(Collection<String> phrases) {
        for (String phrase : phrases) {
            Map<String, List<String>> byFirstWord = PaddedWords.soughtAsTyped(phrase) ? typedByFirstWord
                    : foldedByFirstWord;
            int space = phrase.indexOf(' ');
            byFirstWord.computeIfAbsent(space < 0 ? phrase : phrase.substring(0, space), word -> new ArrayList<>())
                    .add(phrase);
        }
    }

    /** The listed phrases the words contain. */
    Set<String> foundIn(PaddedWords words) {
        Set<String> found = new HashSet<>();
        collect(words.typed(), typedByFirstWord, found);
        collect(words.folded(), foldedByFirstWord, found);
        return found;
    }

    private static void collect(String text, Map<String, List<String>> byFirstWord, Set<String> found) {
        for (int at = text.indexOf(' '), next = text.indexOf(' ', at + 1); next >= 0;
                at = next, next = text.indexOf(' ', at + 1)) {
            List<String> phrases = byFirstWord.get(text.substring(at + 1, next));
            if (phrases == null) {
                continue;
            }
            for (String phrase : phrases) {
                if (!found.contains(phrase) && PaddedWords.standsAt(text, at, phrase)) {
                    found.add(phrase);
                }
            }
        }
    }
}
