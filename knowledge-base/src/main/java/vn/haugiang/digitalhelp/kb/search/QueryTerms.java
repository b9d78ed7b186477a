package vn.haugiang.digitalhelp.kb.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The distinct terms of a question in each indexed form, capped so that no question, however long,
 * builds an oversized query. The text is only analysed, never parsed as query syntax.
 */
public record QueryTerms(List<String> accented, List<String> folded, List<String> bigrams) {

    private static final Analyzer ACCENTED = new GuideAnalyzers.Accented();
    private static final Analyzer FOLDED = new GuideAnalyzers.Folded();
    private static final Analyzer BIGRAMS = new GuideAnalyzers.FoldedBigrams();

    public static QueryTerms of(String question, int maxTerms) {
        return new QueryTerms(
                analyse(ACCENTED, question, maxTerms),
                analyse(FOLDED, question, maxTerms),
                analyse(BIGRAMS, question, maxTerms));
    }

    public boolean isEmpty() {
        return folded.isEmpty();
    }

    static List<String> analyse(Analyzer analyzer, String text, int maxTerms) {
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream stream = analyzer.tokenStream("q", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (terms.size() < maxTerms && stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ArrayList<>(terms);
    }
}
