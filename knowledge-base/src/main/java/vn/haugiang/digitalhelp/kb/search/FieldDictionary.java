package vn.haugiang.digitalhelp.kb.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * The terms of one field of the index as one query looks them up (one query, one thread). What the
 * searches of this index generation learnt about the field is shared ({@link KnownTerms}); any other term
 * is sought with one dictionary reader per segment, opened at the first such term, and its postings are
 * read once.
 */
final class FieldDictionary {

    private final IndexSearcher searcher;
    private final String field;
    private final KnownTerms known;
    private TermsEnum[] readers;
    private PostingsEnum postings;

    FieldDictionary(IndexSearcher searcher, String field, KnownTerms known) {
        this.searcher = searcher;
        this.field = field;
        this.known = known;
    }

    /** The guides that have the term in this field, with how often; null if none does. */
    TermPostings lookUp(String term) throws IOException {
        TermPostings found = known.found(term);
        if (found == null && !known.isAbsent(term)) {
            found = seek(term);
            known.remember(term, found);
        }
        return found;
    }

    private TermPostings seek(String term) throws IOException {
        BytesRef bytes = new BytesRef(term);
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        if (readers == null) {
            readers = new TermsEnum[leaves.size()];
            for (LeafReaderContext leaf : leaves) {
                Terms terms = leaf.reader().terms(field);
                readers[leaf.ord] = terms == null ? null : terms.iterator();
            }
        }
        int docFreq = 0;
        int[] guides = new int[0];
        int[] frequencies = new int[0];
        for (LeafReaderContext leaf : leaves) {
            TermsEnum reader = readers[leaf.ord];
            if (reader == null || !reader.seekExact(bytes)) {
                continue;
            }
            docFreq += reader.docFreq();
            int size = guides.length;
            guides = Arrays.copyOf(guides, size + reader.docFreq());
            frequencies = Arrays.copyOf(frequencies, size + reader.docFreq());
            postings = reader.postings(postings, PostingsEnum.FREQS);
            Bits live = leaf.reader().getLiveDocs();
            for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                if (live == null || live.get(doc)) {
                    guides[size] = leaf.docBase + doc;
                    frequencies[size++] = postings.freq();
                }
            }
            guides = Arrays.copyOf(guides, size);
            frequencies = Arrays.copyOf(frequencies, size);
        }
        return docFreq == 0 ? null : new TermPostings(docFreq, guides, frequencies);
    }
}
