package vn.haugiang.digitalhelp.kb.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;

import vn.haugiang.digitalhelp.kb.search.QuestionReading.Position;
import vn.haugiang.digitalhelp.kb.search.QuestionReading.Reading;
import vn.haugiang.digitalhelp.kb.text.VietnameseText;

/**
 * Reads a resident's question the way a local helper would: shortens stretched letters ("khongggg"),
 * expands chat abbreviations and southern or colloquial words (keeping every reading of an ambiguous
 * one), decodes Telex or VNI keystrokes left in by a switched-off input method, and corrects a one-letter
 * typo in a word typed without diacritics (one typed with its marks is the word meant: "thuế" is no guide's
 * word, not a typo of one), each time only into words the guides actually use; then adds synonyms. A long
 * message is read around its question sentence ({@link QuestionFocus}).
 */
final class QuestionReader {

    static final float TYPED = 1.0f;
    static final float EXPANDED = 0.9f;
    static final float CORRECTED = 0.7f;
    static final float RELATED = 0.5f;
    /** The weight of the words of a long message around its question sentence. */
    static final float CONTEXT = 0.3f;
    private static final int MAX_CORRECTIONS = 3;
    private static final Analyzer SYLLABLES = new GuideAnalyzers.Accented();
    /** A letter typed three or more times ("khongggg"); kept when the word is known as typed ("cccd"). */
    private static final Pattern STRETCHED_LETTER = Pattern.compile("(\\p{L})\\1{2,}");

    private final WordLists lists;
    /** The syllables of every listed reading met so far, split once: the lists bound how many there are. */
    private final Map<String, List<String>> listedSyllables = new ConcurrentHashMap<>();

    QuestionReader(WordLists lists) {
        this.lists = lists;
    }

    /** Reads a one-sentence question, or the focus of a long message with its context at a lower weight. */
    QuestionReading read(QuestionFocus focus, GuideVocabulary vocabulary, int maxWords) {
        List<String> words = QueryTerms.analyse(SYLLABLES, focus.focus(), maxWords, false);
        List<Position> positions = new ArrayList<>(words.size());
        for (String word : words) {
            positions.add(position(word, vocabulary, 1.0f));
        }
        if (!focus.context().isEmpty()) {
            for (String word : QueryTerms.analyse(SYLLABLES, focus.context(), maxWords - words.size(), false)) {
                positions.add(position(word, vocabulary, CONTEXT));
            }
        }
        List<String> foldedWords = new ArrayList<>(positions.size());
        positions.forEach(position -> foldedWords.add(VietnameseText.fold(position.typed())));
        addColloquialPhrases(positions, foldedWords);
        return new QuestionReading(positions, related(positions, foldedWords));
    }

    /** A colloquial phrase ("ai phôn", "cục gạch") adds its readings to each of its words. */
    private void addColloquialPhrases(List<Position> positions, List<String> foldedWords) {
        for (int start = 0; start < positions.size(); start++) {
            for (int length = 2; length <= longestPhraseAt(foldedWords, start); length++) {
                List<String> readings = lists.colloquialPhrase(foldedPhrase(foldedWords, start, length));
                if (readings == null) {
                    continue;
                }
                for (int i = start; i < start + length; i++) {
                    Position position = positions.get(i);
                    float weight = EXPANDED * position.readings().get(0).weight();
                    List<Reading> more = new ArrayList<>(position.readings());
                    readings.forEach(reading -> more.add(new Reading(syllables(reading), weight)));
                    positions.set(i, new Position(position.typed(), more, position.filler()));
                }
            }
        }
    }

    /** The most words a listed phrase starting at this word may have here; 1 when none starts with it. */
    private int longestPhraseAt(List<String> foldedWords, int start) {
        return lists.startsPhrase(foldedWords.get(start)) ? Math.min(lists.longestSynonym(), foldedWords.size() - start) : 1;
    }

    private static String foldedPhrase(List<String> foldedWords, int start, int length) {
        return String.join(" ", foldedWords.subList(start, start + length));
    }

    /**
     * One word's readings, each weighted by how it was found times {@code share}: 1 for the question,
     * {@link #CONTEXT} for the rest of a long message (which then also does not count towards coverage).
     */
    private Position position(String typed, GuideVocabulary vocabulary, float share) {
        List<Reading> readings = new ArrayList<>();
        readings.add(new Reading(List.of(typed), TYPED * share));
        String word = typed;
        if (lists.readingsOf(typed) == null && !vocabulary.knowsFolded(typed)) {
            word = STRETCHED_LETTER.matcher(typed).replaceAll("$1");
            if (!word.equals(typed)) {
                readings.add(new Reading(List.of(word), EXPANDED * share));
            }
        }
        String folded = VietnameseText.fold(word);
        List<String> expansions = lists.readingsOf(word);
        if (expansions != null) {
            expansions.forEach(expansion -> readings.add(new Reading(syllables(expansion), EXPANDED * share)));
        } else if (!vocabulary.knowsFolded(folded)) {
            List<String> decoded = Stream.concat(TelexDecoder.candidates(word).stream(),
                            VniDecoder.candidates(word).stream())
                    .filter(candidate -> vocabulary.knowsAccented(candidate)
                            || vocabulary.knowsFolded(VietnameseText.fold(candidate)))
                    .toList();
            decoded.forEach(candidate -> readings.add(new Reading(List.of(candidate), EXPANDED * share)));
            if (decoded.isEmpty() && !VietnameseText.hasDiacritics(word)) {
                vocabulary.corrections(folded).stream().limit(MAX_CORRECTIONS)
                        .forEach(correction -> readings.add(new Reading(List.of(correction), CORRECTED * share)));
            }
        }
        return new Position(typed, readings, share < 1.0f || lists.isFiller(word));
    }

    /** Synonyms of a typed phrase (up to the longest listed) or of one word's reading. */
    private List<Reading> related(List<Position> positions, List<String> foldedWords) {
        List<Reading> related = new ArrayList<>();
        for (int start = 0; start < positions.size(); start++) {
            for (int length = 2; length <= longestPhraseAt(foldedWords, start); length++) {
                addSynonyms(foldedPhrase(foldedWords, start, length), related);
            }
            for (Reading reading : positions.get(start).readings()) {
                List<String> syllables = reading.syllables();
                addSynonyms(VietnameseText.fold(syllables.size() == 1 ? syllables.get(0) : String.join(" ", syllables)), related);
            }
        }
        return related;
    }

    private void addSynonyms(String foldedPhrase, List<Reading> related) {
        List<String> synonyms = lists.synonymsOf(foldedPhrase);
        if (synonyms != null) {
            synonyms.forEach(synonym -> related.add(new Reading(syllables(synonym), RELATED)));
        }
    }

    private List<String> syllables(String listedPhrase) {
        List<String> syllables = listedSyllables.get(listedPhrase);
        if (syllables == null) {
            syllables = List.copyOf(Arrays.stream(listedPhrase.split("\\s+")).filter(s -> !s.isEmpty()).toList());
            listedSyllables.putIfAbsent(listedPhrase, syllables);
        }
        return syllables;
    }
}
