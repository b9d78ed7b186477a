package vn.haugiang.digitalhelp.kb.search;

import java.io.IOException;
import java.util.Map;

import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Builds the Lucene query for a question from Lucene query objects: every term of every form is an
 * optional clause, weighted by where it matches. Alternative questions and titles count more than the
 * body; an exact accented match and a matching pair of syllables add to a folded match.
 *
 * <p>The terms are looked up here ({@link FieldDictionary}), and a term no guide has in that field is left
 * out: it could match nothing and so adds nothing to any score, but Lucene would otherwise open a
 * dictionary reader for each such clause.
 */
final class GuideQuery {

    private static final float QUESTIONS = 2.0f;
    private static final float TITLE = 1.5f;
    private static final float BODY = 0.5f;
    private static final float ACCENTED = 0.5f;
    private static final float BIGRAMS = 1.0f;

    private GuideQuery() {
    }

    static Query build(QueryTerms terms, IndexedGuides guides) throws IOException {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        addField(query, guides, GuideFields.QUESTIONS, QUESTIONS, terms);
        addField(query, guides, GuideFields.TITLE, TITLE, terms);
        addField(query, guides, GuideFields.BODY, BODY, terms);
        return query.build();
    }

    private static void addField(BooleanQuery.Builder query, IndexedGuides guides, GuideFields field, float weight,
                                 QueryTerms terms) throws IOException {
        addTerms(query, guides, field.folded(), weight, terms.folded());
        addTerms(query, guides, field.accented(), weight * ACCENTED, terms.accented());
        addTerms(query, guides, field.bigrams(), weight * BIGRAMS, terms.bigrams());
    }

    private static void addTerms(BooleanQuery.Builder query, IndexedGuides guides, String field, float weight,
                                 Map<String, Float> terms) throws IOException {
        FieldDictionary dictionary = guides.dictionary(field);
        for (Map.Entry<String, Float> term : terms.entrySet()) {
            Term fieldTerm = new Term(field, term.getKey());
            TermStates states = dictionary.lookUp(fieldTerm);
            if (states != null) {
                query.add(new BoostQuery(new TermQuery(fieldTerm, states), weight * term.getValue()),
                        BooleanClause.Occur.SHOULD);
            }
        }
    }
}
