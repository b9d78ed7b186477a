package vn.haugiang.digitalhelp.kb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.junit.jupiter.api.Test;

import vn.haugiang.digitalhelp.kb.eval.SeedGuideEvaluation;
import vn.haugiang.digitalhelp.kb.text.VietnameseText;

class FieldDictionaryTest {

    private static final List<String> QUESTIONS = List.of(
            "Làm sao cài ứng dụng Hậu Giang trên điện thoại?",
            "quen mk vneid thi lam sao",
            "ddawng kys tafi khoarn dichvucong.gov.vn",
            "Tôi mới sinh con. Làm giấy khai sinh online ở đâu vậy ad?",
            "hồ sơ nộp rồi tra cứu kết quả ở đâu",
            "xyzzy qwertyuiop");

    private static final IndexedGuides GUIDES = IndexedGuides.of(SeedGuideEvaluation.publishedSeedArticles(Instant.EPOCH), List.of());

    @Test
    void looksUpTermsSoThatEveryGuideScoresExactlyAsWithLuceneOwnLookUp() throws IOException {
        for (String question : QUESTIONS) {
            List<Term> terms = termsInEveryField(question);
            TopDocs lucene = everyGuide(query(terms, TermQuery::new));
            for (int pass = 0; pass < 2; pass++) { // the first seeks every term, the second knows them
                TopDocs lookedUp = everyGuide(query(terms, this::lookedUp));
                assertThat(scores(lookedUp)).as("%s, pass %d", question, pass).isEqualTo(scores(lucene));
            }
        }
    }

    @Test
    void findsOnlyTermsSomeGuideHasInThatField() throws IOException {
        FieldDictionary dictionary = GUIDES.dictionary(GuideFields.TITLE.folded());
        TermStates vneid = dictionary.lookUp(new Term(GuideFields.TITLE.folded(), "vneid"));
        assertThat(vneid).isNotNull();
        assertThat(vneid.docFreq()).isPositive();
        assertThat(dictionary.lookUp(new Term(GuideFields.TITLE.folded(), "xyzzy"))).isNull();
        assertThat(GUIDES.dictionary(GuideFields.TITLE.accented()).lookUp(new Term(GuideFields.TITLE.accented(), "vneid")))
                .as("the same word in another field is looked up there").isNotNull();
        assertThat(dictionary.lookUp(new Term(GuideFields.TITLE.folded(), "vneid")).docFreq()).isEqualTo(vneid.docFreq());
    }

    @Test
    void remembersABoundedNumberOfAbsentTerms() {
        KnownTerms known = new KnownTerms();
        for (int i = 0; i <= KnownTerms.MAX_ABSENT; i++) {
            known.remember(new Term("f", "absent" + i), null);
        }
        assertThat(known.isAbsent(new Term("f", "absent0"))).isTrue();
        assertThat(known.isAbsent(new Term("f", "absent" + KnownTerms.MAX_ABSENT))).isFalse();
    }

    /** Every folded, accented and paired term of the question in every field, absent ones included. */
    private List<Term> termsInEveryField(String question) {
        String cleaned = VietnameseText.cleanQuestion(question);
        QuestionReading reading = new QuestionReader(WordLists.shipped())
                .read(QuestionFocus.of(cleaned, WordLists.shipped()::isFiller), GUIDES.vocabulary(), 40);
        QueryTerms terms = QueryTerms.of(reading, 40);
        List<Term> all = new ArrayList<>();
        for (GuideFields field : GuideFields.values()) {
            terms.folded().keySet().forEach(term -> all.add(new Term(field.folded(), term)));
            terms.accented().keySet().forEach(term -> all.add(new Term(field.accented(), term)));
            terms.bigrams().keySet().forEach(term -> all.add(new Term(field.bigrams(), term)));
        }
        return all;
    }

    private Query query(List<Term> terms, Function<Term, Query> clause) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (int i = 0; i < terms.size(); i++) {
            Query termQuery = clause.apply(terms.get(i));
            if (termQuery != null) {
                query.add(new BoostQuery(termQuery, 0.5f + i % 4), BooleanClause.Occur.SHOULD);
            }
        }
        return query.build();
    }

    private Query lookedUp(Term term) {
        try {
            TermStates states = GUIDES.dictionary(term.field()).lookUp(term);
            return states == null ? null : new TermQuery(term, states);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private TopDocs everyGuide(Query query) throws IOException {
        return GUIDES.searcher().search(query, GUIDES.size());
    }

    private static List<String> scores(TopDocs top) {
        return Arrays.stream(top.scoreDocs).map(hit -> hit.doc + ":" + hit.score).toList();
    }
}
