package vn.haugiang.digitalhelp.kb.search;

/**
 * The guides that have one term in one field, as the index holds them: Lucene's document numbers,
 * each with how often the term occurs there, in document order.
 *
 * @param docFreq how many guides have the term, as Lucene counts it for the term's rarity
 */
record TermPostings(int docFreq, int[] guides, int[] frequencies) {

    int size() {
        return guides.length;
    }

    int guide(int i) {
        return guides[i];
    }

    int frequency(int i) {
        return frequencies[i];
    }
}
