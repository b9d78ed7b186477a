package vn.haugiang.digitalhelp.kb.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;

import vn.haugiang.digitalhelp.kb.search.QuestionReading.Position;
import vn.haugiang.digitalhelp.kb.search.QuestionReading.Reading;
import vn.haugiang.digitalhelp.kb.text.VietnameseText;

/**
 * Reads a resident's question the way a local helper would: shortens stretched letters ("khongggg"),
 * expands chat abbreviations (keeping every reading of an ambiguous one), decodes Telex keystrokes left
 * in by a switched-off input method, and corrects a one-letter typo, each time only into words the
 * guides actually use; then adds synonyms.
 */
final class QuestionReader {

    static final float TYPED = 1.0f;
    static final float EXPANDED = 0.9f;
    static final float CORRECTED = 0.7f;
    static final float RELATED = 0.5f;
    private static final int MAX_CORRECTIONS = 3;
    private static final Analyzer SYLLABLES = new GuideAnalyzers.Accented();
    /** A letter typed three or more times ("khongggg"); kept when the word is known as typed ("cccd"). */
    private static final Pattern STRETCHED_LETTER = Pattern.compile("(\\p{L})\\1{2,}");

    private final WordLists lists;

    QuestionReader(WordLists lists) {
        this.lists = lists;
    }

    QuestionReading read(String cleanedQuestion, GuideVocabulary vocabulary, int maxWords) {
        List<String> words = QueryTerms.analyse(SYLLABLES, cleanedQuestion, maxWords, false);
        List<Position> positions = new ArrayList<>(words.size());
        for (String word : words) {
            positions.add(position(word, vocabulary));
        }
        return new QuestionReading(positions, related(positions));
    }

    private Position position(String typed, GuideVocabulary vocabulary) {
        List<Reading> readings = new ArrayList<>();
        readings.add(new Reading(List.of(typed), TYPED));
        String word = typed;
        if (!lists.abbreviations().containsKey(VietnameseText.fold(typed)) && !vocabulary.knowsFolded(typed)) {
            word = STRETCHED_LETTER.matcher(typed).replaceAll("$1");
            if (!word.equals(typed)) {
                readings.add(new Reading(List.of(word), EXPANDED));
            }
        }
        String folded = VietnameseText.fold(word);
        List<String> expansions = lists.abbreviations().get(folded);
        if (expansions != null) {
            expansions.forEach(expansion -> readings.add(new Reading(syllables(expansion), EXPANDED)));
        } else if (!vocabulary.knowsFolded(folded)) {
            List<String> decoded = TelexDecoder.candidates(word).stream()
                    .filter(candidate -> vocabulary.knowsAccented(candidate)
                            || vocabulary.knowsFolded(VietnameseText.fold(candidate)))
                    .toList();
            decoded.forEach(candidate -> readings.add(new Reading(List.of(candidate), EXPANDED)));
            if (decoded.isEmpty()) {
                vocabulary.corrections(folded).stream().limit(MAX_CORRECTIONS)
                        .forEach(correction -> readings.add(new Reading(List.of(correction), CORRECTED)));
            }
        }
        return new Position(typed, readings, lists.isFiller(word));
    }

    /** Synonyms of a typed phrase (up to the longest listed) or of one word's reading. */
    private List<Reading> related(List<Position> positions) {
        List<Reading> related = new ArrayList<>();
        int longest = lists.longestSynonym();
        for (int start = 0; start < positions.size(); start++) {
            for (int length = 2; length <= longest && start + length <= positions.size(); length++) {
                StringBuilder phrase = new StringBuilder();
                for (int i = start; i < start + length; i++) {
                    phrase.append(i == start ? "" : " ").append(VietnameseText.fold(positions.get(i).typed()));
                }
                addSynonyms(phrase.toString(), related);
            }
            for (Reading reading : positions.get(start).readings()) {
                addSynonyms(VietnameseText.fold(String.join(" ", reading.syllables())), related);
            }
        }
        return related;
    }

    private void addSynonyms(String foldedPhrase, List<Reading> related) {
        List<String> synonyms = lists.synonyms().get(foldedPhrase);
        if (synonyms != null) {
            synonyms.forEach(synonym -> related.add(new Reading(syllables(synonym), RELATED)));
        }
    }

    private static List<String> syllables(String phrase) {
        return Arrays.stream(phrase.split("\\s+")).filter(s -> !s.isEmpty()).toList();
    }
}
