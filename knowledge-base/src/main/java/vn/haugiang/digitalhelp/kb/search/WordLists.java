package vn.haugiang.digitalhelp.kb.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.haugiang.digitalhelp.kb.text.VietnameseText;

/**
 * The project's own word lists for reading questions ({@code classpath:search/*.txt}): abbreviations
 * with all their readings, groups of synonyms, filler words, and requests no guide may answer. Keys
 * are folded, so an entry matches with or without diacritics.
 */
public record WordLists(Map<String, List<String>> abbreviations, Map<String, List<String>> synonyms,
                        Set<String> fillers, List<String> notForGuides) {

    private static final WordLists SHIPPED = new WordLists(
            abbreviations(lines("search/abbreviations.txt")),
            synonyms(lines("search/synonyms.txt")),
            fillers(lines("search/fillers.txt")),
            lines("search/not-for-guides.txt").stream().map(VietnameseText::normalise).toList());

    public static WordLists shipped() {
        return SHIPPED;
    }

    /**
     * True when the question asks the bot to do a procedure for the resident, which no guide may answer.
     * A listed phrase with diacritics must match exactly; one without matches the folded question.
     */
    public boolean asksToDoItForThem(String cleanedQuestion) {
        String words = " " + String.join(" ", cleanedQuestion.split("[^\\p{L}\\p{N}]+")) + " ";
        String folded = VietnameseText.fold(words);
        return notForGuides.stream().anyMatch(phrase -> VietnameseText.hasDiacritics(phrase)
                ? words.contains(" " + phrase + " ")
                : folded.contains(" " + phrase + " "));
    }

    /** True for a filler word: typed with diacritics it must match exactly, typed without, folded. */
    boolean isFiller(String word) {
        return fillers.contains(VietnameseText.hasDiacritics(word) ? word : VietnameseText.fold(word));
    }

    /** The longest synonym phrase, in syllables. */
    int longestSynonym() {
        return synonyms.keySet().stream().mapToInt(key -> key.split(" ").length).max().orElse(1);
    }

    private static Map<String, List<String>> abbreviations(List<String> lines) {
        Map<String, List<String>> readings = new LinkedHashMap<>();
        for (String line : lines) {
            String[] parts = line.split("=", 2);
            if (parts.length != 2) {
                throw new IllegalStateException("Abbreviation line without '=': " + line);
            }
            readings.put(VietnameseText.fold(parts[0].strip()), alternatives(parts[1]));
        }
        return Map.copyOf(readings);
    }

    private static Map<String, List<String>> synonyms(List<String> lines) {
        Map<String, List<String>> others = new LinkedHashMap<>();
        for (String line : lines) {
            List<String> group = alternatives(line);
            for (String word : group) {
                List<String> rest = group.stream().filter(other -> !other.equals(word)).toList();
                others.merge(VietnameseText.fold(word), rest, (a, b) -> {
                    List<String> merged = new ArrayList<>(a);
                    b.stream().filter(w -> !merged.contains(w)).forEach(merged::add);
                    return merged;
                });
            }
        }
        return Map.copyOf(others);
    }

    private static Set<String> fillers(List<String> lines) {
        Set<String> words = new HashSet<>();
        lines.forEach(line -> {
            words.add(VietnameseText.normalise(line.strip()));
            words.add(VietnameseText.fold(line.strip()));
        });
        return Set.copyOf(words);
    }

    private static List<String> alternatives(String text) {
        return Arrays.stream(text.split("\\|"))
                .map(String::strip)
                .filter(part -> !part.isEmpty())
                .map(VietnameseText::normalise)
                .toList();
    }

    private static List<String> lines(String resource) {
        InputStream in = WordLists.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Missing word list " + resource);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
