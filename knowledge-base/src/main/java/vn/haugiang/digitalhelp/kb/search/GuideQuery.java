package vn.haugiang.digitalhelp.kb.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The query for a question: every term of every form is an optional clause, weighted by where it
 * matches. Alternative questions and titles count more than the body; an exact accented match and a
 * matching pair of syllables add to a folded match. A guide's score is the sum of its clauses' BM25
 * scores ({@link GuideRanking}), as Lucene scores the same query ({@link #luceneQuery}).
 *
 * <p>The terms are looked up here ({@link FieldDictionary}), and a term no guide has in that field is left
 * out: it could match nothing and so adds nothing to any score.
 */
final class GuideQuery {

    private static final float QUESTIONS = 2.0f;
    private static final float TITLE = 1.5f;
    private static final float BODY = 0.5f;
    private static final float ACCENTED = 0.5f;
    private static final float BIGRAMS = 1.0f;

    private GuideQuery() {
    }

    /** One optional clause: a term some guide has in the field, and what a match counts. */
    record Clause(String field, String term, float boost, TermPostings postings) {
    }

    static List<Clause> clauses(QueryTerms terms, IndexedGuides guides) throws IOException {
        List<Clause> clauses = new ArrayList<>();
        addField(clauses, guides, GuideFields.QUESTIONS, QUESTIONS, terms);
        addField(clauses, guides, GuideFields.TITLE, TITLE, terms);
        addField(clauses, guides, GuideFields.BODY, BODY, terms);
        return clauses;
    }

    /** The clauses as Lucene's query: a boolean query of boosted term queries. */
    static Query luceneQuery(List<Clause> clauses) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (Clause clause : clauses) {
            query.add(new BoostQuery(new TermQuery(new Term(clause.field(), clause.term())), clause.boost()), BooleanClause.Occur.SHOULD);
        }
        return query.build();
    }

    private static void addField(List<Clause> clauses, IndexedGuides guides, GuideFields field, float weight,
                                 QueryTerms terms) throws IOException {
        addTerms(clauses, guides, field.folded(), weight, terms.folded());
        addTerms(clauses, guides, field.accented(), weight * ACCENTED, terms.accented());
        addTerms(clauses, guides, field.bigrams(), weight * BIGRAMS, terms.bigrams());
    }

    private static void addTerms(List<Clause> clauses, IndexedGuides guides, String field, float weight,
                                 Map<String, Float> terms) throws IOException {
        FieldDictionary dictionary = guides.dictionary(field);
        for (Map.Entry<String, Float> term : terms.entrySet()) {
            TermPostings postings = dictionary.lookUp(term.getKey());
            if (postings != null) {
                clauses.add(new Clause(field, term.getKey(), weight * term.getValue(), postings));
            }
        }
    }
}
