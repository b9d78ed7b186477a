package vn.haugiang.digitalhelp.kb.search;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the searches of one index generation learnt about the terms of one field: the guides that have
 * each term found and how often (which never changes within a generation), and which terms no guide has.
 * Found terms are bounded by the index's own terms; absent ones, which a resident can make up without
 * end, by {@link #MAX_ABSENT}.
 */
final class KnownTerms {

    static final int MAX_ABSENT = 10_000;

    private final Map<String, TermPostings> found = new ConcurrentHashMap<>();
    private final Set<String> absent = ConcurrentHashMap.newKeySet();

    /** The term's postings if a search found it before; null otherwise. */
    TermPostings found(String term) {
        return found.get(term);
    }

    boolean isAbsent(String term) {
        return absent.contains(term);
    }

    /** Remembers what a search found for the term: its postings, or null for a term no guide has. */
    void remember(String term, TermPostings postings) {
        if (postings != null) {
            found.putIfAbsent(term, postings);
        } else if (absent.size() < MAX_ABSENT) {
            absent.add(term);
        }
    }
}
