package vn.haugiang.digitalhelp.kb.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import vn.haugiang.digitalhelp.kb.search.QuestionReading.Position;
import vn.haugiang.digitalhelp.kb.search.QuestionReading.Reading;
import vn.haugiang.digitalhelp.kb.text.VietnameseText;

/**
 * The weighted terms to search for, in each indexed form, derived from every reading of the question
 * and capped so that no question, however long, builds an oversized query. Text is only analysed,
 * never parsed as query syntax.
 */
record QueryTerms(Map<String, Float> accented, Map<String, Float> folded, Map<String, Float> bigrams) {

    private static final GuideAnalyzers.Folded FOLDED = new GuideAnalyzers.Folded();
    /** Folded neighbouring word pairs, as the pair fields are indexed. */
    static final GuideAnalyzers.FoldedBigrams PAIRS = new GuideAnalyzers.FoldedBigrams();

    static QueryTerms of(QuestionReading question, int maxTerms) {
        Map<String, Float> accented = new HashMap<>();
        Map<String, Float> folded = new HashMap<>();
        Map<String, Float> bigrams = new HashMap<>();
        List<Reading> all = new ArrayList<>(question.related());
        question.positions().forEach(position -> all.addAll(position.readings()));
        for (Reading reading : all) {
            List<String> syllables = reading.syllables();
            for (int i = 0; i < syllables.size(); i++) {
                String syllable = syllables.get(i);
                keepHighest(folded, VietnameseText.fold(syllable), reading.weight());
                if (VietnameseText.hasDiacritics(syllable)) {
                    keepHighest(accented, syllable, reading.weight());
                }
                if (i > 0) {
                    keepHighest(bigrams, pair(syllables.get(i - 1), syllable), reading.weight());
                }
            }
        }
        List<Position> positions = question.positions();
        for (int i = 1; i < positions.size(); i++) {
            for (Reading before : positions.get(i - 1).readings()) {
                for (Reading after : positions.get(i).readings()) {
                    String pair = pair(last(before.syllables()), after.syllables().get(0));
                    keepHighest(bigrams, pair, Math.min(before.weight(), after.weight()));
                }
            }
        }
        return new QueryTerms(strongest(accented, maxTerms), strongest(folded, maxTerms), strongest(bigrams, maxTerms));
    }

    /** The words and word pairs of a guide's own text (a title, a question), as its index has them, at full weight. */
    static QueryTerms ofGuideText(String text) {
        Map<String, Float> words = new HashMap<>();
        Map<String, Float> pairs = new HashMap<>();
        analyse(FOLDED, text, Integer.MAX_VALUE, true).forEach(word -> words.put(word, 1f));
        analyse(PAIRS, text, Integer.MAX_VALUE, true).forEach(pair -> pairs.put(pair, 1f));
        return new QueryTerms(Map.of(), Map.copyOf(words), Map.copyOf(pairs));
    }

    boolean isEmpty() {
        return folded.isEmpty();
    }

    /** The distinct terms an analyzer makes of a text, in order, at most {@code maxTerms}. */
    static List<String> analyse(Analyzer analyzer, String text, int maxTerms, boolean distinct) {
        List<String> terms = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        try (TokenStream stream = analyzer.tokenStream("q", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (terms.size() < maxTerms && stream.incrementToken()) {
                String value = term.toString();
                if (!distinct || seen.add(value)) {
                    terms.add(value);
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    private static String pair(String first, String second) {
        return VietnameseText.fold(first) + " " + VietnameseText.fold(second);
    }

    private static String last(List<String> syllables) {
        return syllables.get(syllables.size() - 1);
    }

    private static void keepHighest(Map<String, Float> terms, String term, float weight) {
        terms.merge(term, weight, Math::max);
    }

    private static Map<String, Float> strongest(Map<String, Float> terms, int maxTerms) {
        if (terms.size() <= maxTerms) {
            return Map.copyOf(terms);
        }
        Map<String, Float> kept = new HashMap<>();
        terms.entrySet().stream()
                .sorted(Map.Entry.<String, Float>comparingByValue().reversed())
                .limit(maxTerms)
                .forEach(entry -> kept.put(entry.getKey(), entry.getValue()));
        return Map.copyOf(kept);
    }
}
