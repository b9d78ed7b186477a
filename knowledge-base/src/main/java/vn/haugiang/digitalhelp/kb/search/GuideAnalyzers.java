package vn.haugiang.digitalhelp.kb.search;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analysis chains of the guide index, one per field purpose. Vietnamese is indexed by syllable
 * (StandardTokenizer splits on the spaces between syllables); no stop words, since "ở đâu" or "không"
 * carry the resident's intent.
 */
public final class GuideAnalyzers {

    private GuideAnalyzers() {
    }

    /**
     * The base of every chain here: text is read in NFC, with dots between letters as spaces
     * ("dichvucong.gov.vn" is read as its words, the way residents also type it: "dichvucong gov").
     */
    private abstract static class NormalisingAnalyzer extends Analyzer {
        @Override
        protected Reader initReader(String fieldName, Reader reader) {
            return nfc(reader);
        }
    }

    /** Syllables with their diacritics: "cài đặt" → [cài, đặt]. */
    public static final class Accented extends NormalisingAnalyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer syllables = new StandardTokenizer();
            return new TokenStreamComponents(syllables, new LowerCaseFilter(syllables));
        }
    }

    /** Syllables without diacritics: "cài đặt" → [cai, dat]. */
    public static final class Folded extends NormalisingAnalyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer syllables = new StandardTokenizer();
            return new TokenStreamComponents(syllables, folded(syllables));
        }
    }

    /** Neighbouring folded syllables: "cài đặt ứng dụng" → [cai dat, dat ung, ung dung]. */
    public static final class FoldedBigrams extends NormalisingAnalyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer syllables = new StandardTokenizer();
            ShingleFilter bigrams = new ShingleFilter(folded(syllables), 2, 2);
            bigrams.setOutputUnigrams(false);
            return new TokenStreamComponents(syllables, bigrams);
        }
    }

    /** The analyzer of every index field, chosen by the field's purpose suffix. */
    public static Analyzer perField() {
        Analyzer accented = new Accented();
        Analyzer folded = new Folded();
        Analyzer bigrams = new FoldedBigrams();
        return new PerFieldAnalyzerWrapper(folded, Map.of(
                GuideFields.TITLE.accented(), accented,
                GuideFields.QUESTIONS.accented(), accented,
                GuideFields.BODY.accented(), accented,
                GuideFields.TITLE.bigrams(), bigrams,
                GuideFields.QUESTIONS.bigrams(), bigrams,
                GuideFields.BODY.bigrams(), bigrams));
    }

    private static TokenStream folded(Tokenizer syllables) {
        // ASCIIFoldingFilter folds every precomposed Vietnamese letter, đ included, once the text is NFC.
        return new ASCIIFoldingFilter(new LowerCaseFilter(syllables));
    }

    private static Reader nfc(Reader reader) {
        try {
            StringBuilder text = new StringBuilder();
            char[] buffer = new char[1024];
            for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
                text.append(buffer, 0, n);
            }
            return new StringReader(dotsBetweenLettersAsSpaces(
                    Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "dichvucong.gov.vn" → "dichvucong gov vn": a dot with a letter on each side becomes a space. */
    static String dotsBetweenLettersAsSpaces(CharSequence text) {
        char[] chars = null;
        for (int i = 1; i < text.length() - 1; i++) {
            if (text.charAt(i) == '.' && Character.isLetter(Character.codePointBefore(text, i))
                    && Character.isLetter(Character.codePointAt(text, i + 1))) {
                if (chars == null) {
                    chars = text.toString().toCharArray();
                }
                chars[i] = ' ';
            }
        }
        return chars == null ? text.toString() : new String(chars);
    }
}
