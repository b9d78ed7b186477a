package vn.haugiang.digitalhelp.kb.search;

import java.io.IOException;
import java.util.Arrays;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.util.SmallFloat;

/**
 * One field's BM25 score of a term in a guide, computed as Lucene's {@link BM25Similarity} computes it,
 * operation by operation in the same float arithmetic, so that every score is equal to the last bit.
 * Lucene makes the table of length factors for every term of every query; here it is made once per field
 * and index generation, with the guides' encoded lengths (norms) read once.
 */
final class FieldScoring {

    /** The field length each encoded norm stands for, as in {@link BM25Similarity}. */
    private static final float[] LENGTHS = new float[256];

    static {
        for (int i = 0; i < LENGTHS.length; i++) {
            LENGTHS[i] = SmallFloat.byte4ToInt((byte) i);
        }
    }

    private final long docCount;
    private final float[] lengthFactors;
    private final byte[] norms;

    FieldScoring(BM25Similarity similarity, CollectionStatistics statistics, byte[] norms) {
        this.docCount = statistics.docCount();
        float k1 = similarity.getK1();
        float b = similarity.getB();
        float averageLength = (float) (statistics.sumTotalTermFreq() / (double) statistics.docCount());
        this.lengthFactors = new float[LENGTHS.length];
        for (int i = 0; i < LENGTHS.length; i++) {
            lengthFactors[i] = 1f / (k1 * ((1 - b) + b * LENGTHS[i] / averageLength));
        }
        this.norms = norms;
    }

    /** The field's scoring in this index; null when no guide has the field. */
    static FieldScoring of(IndexSearcher searcher, BM25Similarity similarity, String field) throws IOException {
        CollectionStatistics statistics = searcher.collectionStatistics(field);
        return statistics == null ? null : new FieldScoring(similarity, statistics, norms(searcher, field));
    }

    /** A clause's weight: its boost times the term's inverse document frequency. */
    float weight(float boost, TermPostings term) {
        long docFreq = term.docFreq();
        float idf = (float) Math.log(1 + (docCount - docFreq + 0.5D) / (docFreq + 0.5D));
        return boost * idf;
    }

    /** The clause's score in a guide that has its term {@code frequency} times. */
    float score(float weight, int guide, int frequency) {
        float lengthFactor = lengthFactors[norms[guide] & 0xFF];
        return weight - weight / (1f + (float) frequency * lengthFactor);
    }

    /** Every guide's encoded field length; 1 where a segment keeps none, as Lucene's scorer reads it. */
    private static byte[] norms(IndexSearcher searcher, String field) throws IOException {
        byte[] norms = new byte[searcher.getIndexReader().maxDoc()];
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            NumericDocValues values = leaf.reader().getNormValues(field);
            if (values == null) {
                Arrays.fill(norms, leaf.docBase, leaf.docBase + leaf.reader().maxDoc(), (byte) 1);
                continue;
            }
            for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                norms[leaf.docBase + doc] = (byte) values.longValue();
            }
        }
        return norms;
    }
}
