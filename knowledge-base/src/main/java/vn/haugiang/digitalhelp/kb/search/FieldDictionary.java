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
 * The terms of one field of the index as one query looks them up (one query, one thread). What the
 * searches of this index generation learnt is shared ({@link KnownTerms}); any other term is sought with
 * one dictionary reader per segment, opened at the first such term. Lucene's {@code TermQuery} would
 * open a fresh reader for every term instead; each costs a copy of the segment's input and its block
 * frames, which was most of a search's time and allocation. The statistics are the ones Lucene would
 * find itself, so scores do not change.
 */
final class FieldDictionary {

    private final IndexSearcher searcher;
    private final String field;
    private final KnownTerms known;
    private TermsEnum[] readers;

    FieldDictionary(IndexSearcher searcher, String field, KnownTerms known) {
        this.searcher = searcher;
        this.field = field;
        this.known = known;
    }

    /** Where the term is in each segment and how often, as a {@code TermQuery} needs it; null if in none. */
    TermStates lookUp(Term term) throws IOException {
        TermStates states = known.found(term);
        if (states == null && !known.isAbsent(term)) {
            states = seek(term);
            known.remember(term, states);
        }
        return states;
    }

    private TermStates seek(Term term) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        if (readers == null) {
            readers = new TermsEnum[leaves.size()];
            for (LeafReaderContext leaf : leaves) {
                Terms terms = leaf.reader().terms(field);
                readers[leaf.ord] = terms == null ? null : terms.iterator();
            }
        }
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
