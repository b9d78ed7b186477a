package vn.haugiang.digitalhelp.kb.search;

import java.io.IOException;
import java.util.List;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;

/**
 * The terms of one field of the index, read with one dictionary reader per segment for all the terms
 * of a query. Lucene's {@code TermQuery} would open a fresh reader for every term; each costs a copy
 * of the segment's input and its block frames, which was most of a search's time and allocation.
 * The statistics found are the ones Lucene would find itself, so scores do not change.
 */
final class FieldDictionary {

    private final IndexSearcher searcher;
    private final List<LeafReaderContext> leaves;
    private final TermsEnum[] readers;

    FieldDictionary(IndexSearcher searcher, String field) throws IOException {
        this.searcher = searcher;
        this.leaves = searcher.getIndexReader().leaves();
        this.readers = new TermsEnum[leaves.size()];
        for (LeafReaderContext leaf : leaves) {
            Terms terms = leaf.reader().terms(field);
            readers[leaf.ord] = terms == null ? null : terms.iterator();
        }
    }

    /** Where the term is in each segment and how often, as a {@link TermQuery} needs it; null if in none. */
    TermStates lookUp(Term term) throws IOException {
        TermStates states = null;
        for (LeafReaderContext leaf : leaves) {
            TermsEnum reader = readers[leaf.ord];
            if (reader != null && reader.seekExact(term.bytes())) {
                if (states == null) {
                    states = new TermStates(searcher.getTopReaderContext());
                }
                states.register(reader.termState(), leaf.ord, reader.docFreq(), reader.totalTermFreq());
            }
        }
        return states;
    }
}
