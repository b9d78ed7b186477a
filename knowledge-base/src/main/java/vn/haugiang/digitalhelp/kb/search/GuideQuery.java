package vn.haugiang.digitalhelp.kb.search;

import java.util.Map;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Builds the Lucene query for a question from Lucene query objects: every term of every form is an
 * optional clause, weighted by where it matches. Alternative questions and titles count more than the
 * body; an exact accented match and a matching pair of syllables add to a folded match.
 */
final class GuideQuery {

    private static final float QUESTIONS = 2.0f;
    private static final float TITLE = 1.5f;
    private static final float BODY = 0.5f;
    private static final float ACCENTED = 0.5f;
    private static final float BIGRAMS = 1.0f;

    private GuideQuery() {
    }

    static Query build(QueryTerms terms) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        addField(query, GuideFields.QUESTIONS, QUESTIONS, terms);
        addField(query, GuideFields.TITLE, TITLE, terms);
        addField(query, GuideFields.BODY, BODY, terms);
        return query.build();
    }

    private static void addField(BooleanQuery.Builder query, GuideFields field, float weight, QueryTerms terms) {
        addTerms(query, field.folded(), weight, terms.folded());
        addTerms(query, field.accented(), weight * ACCENTED, terms.accented());
        addTerms(query, field.bigrams(), weight * BIGRAMS, terms.bigrams());
    }

    private static void addTerms(BooleanQuery.Builder query, String field, float weight, Map<String, Float> terms) {
        terms.forEach((term, termWeight) -> query.add(
                new BoostQuery(new TermQuery(new Term(field, term)), weight * termWeight), BooleanClause.Occur.SHOULD));
    }
}
