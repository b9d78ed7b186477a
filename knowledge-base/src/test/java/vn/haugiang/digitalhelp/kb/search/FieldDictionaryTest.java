package vn.haugiang.digitalhelp.kb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.junit.jupiter.api.Test;

import vn.haugiang.digitalhelp.kb.eval.SeedGuideEvaluation;

class FieldDictionaryTest {

    private static final IndexedGuides GUIDES = IndexedGuides.of(SeedGuideEvaluation.publishedSeedArticles(Instant.EPOCH), List.of());

    @Test
    void findsOnlyTermsSomeGuideHasInThatField() throws IOException {
        FieldDictionary dictionary = GUIDES.dictionary(GuideFields.TITLE.folded());
        Term vneid = new Term(GuideFields.TITLE.folded(), "vneid");
        TermPostings postings = dictionary.lookUp("vneid");
        assertThat(postings).isNotNull();
        TopDocs lucene = GUIDES.searcher().search(new TermQuery(vneid), GUIDES.size());
        assertThat(postings.docFreq()).isEqualTo(lucene.scoreDocs.length).isPositive();
        assertThat(postings.guides()).containsExactlyInAnyOrder(
                Arrays.stream(lucene.scoreDocs).mapToInt(hit -> hit.doc).toArray());
        assertThat(Arrays.stream(postings.frequencies()).min().orElse(0)).isPositive();
        assertThat(dictionary.lookUp("xyzzy")).isNull();
        assertThat(GUIDES.dictionary(GuideFields.TITLE.accented()).lookUp("vneid"))
                .as("the same word in another field is looked up there").isNotNull();
        assertThat(dictionary.lookUp("vneid")).as("a second search knows the term").isSameAs(postings);
    }

    @Test
    void remembersABoundedNumberOfAbsentTerms() {
        KnownTerms known = new KnownTerms();
        for (int i = 0; i <= KnownTerms.MAX_ABSENT; i++) {
            known.remember("absent" + i, null);
        }
        assertThat(known.isAbsent("absent0")).isTrue();
        assertThat(known.isAbsent("absent" + KnownTerms.MAX_ABSENT)).isFalse();
    }
}
