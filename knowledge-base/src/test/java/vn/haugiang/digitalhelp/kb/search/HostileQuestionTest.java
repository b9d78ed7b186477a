package vn.haugiang.digitalhelp.kb.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Instant;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.haugiang.digitalhelp.kb.eval.SeedGuideEvaluation;

/** Input a search must survive: query syntax, huge text, nothing but punctuation. */
class HostileQuestionTest {

    private static GuideSearch search;

    @BeforeAll
    static void indexSeedGuides() {
        GuideIndex index = new GuideIndex();
        index.replaceWith(SeedGuideEvaluation.publishedSeedArticles(Instant.now()));
        search = new GuideSearch(index, KnowledgeBaseProperties.defaults());
    }

    @ParameterizedTest
    @ValueSource(strings = {"title:(*", "\"", "~", "title:(* \" ~ AND OR NOT \\", "*:*",
            "?", "+-&&||!(){}[]^\"~*?:\\/", "!!!???...", "   ", "", "😀😀😀", "<script>alert(1)</script>"})
    void queryLikeOrEmptyInputFindsNothingAndDoesNotFail(String question) {
        SearchResult result = search.search(question);
        assertThat(result.outcome()).isEqualTo(SearchOutcome.FALLBACK);
    }

    @ParameterizedTest
    @ValueSource(strings = {"body:[a TO z]", "title:app^10 OR body:*", "NOT vneid AND -passcode"})
    void querySyntaxIsNeverObeyedNorTakenForAConfidentAnswer(String question) {
        assertThat(search.search(question).outcome()).isNotEqualTo(SearchOutcome.ANSWER);
    }

    @Test
    void queryOperatorsAroundRealWordsAreReadAsWords() {
        SearchResult result = search.search("title:(quên mật khẩu VNeID) AND \"passcode\"~2");
        assertThat(result.hits()).isNotEmpty();
        assertThat(result.rankedTopics().subList(0, 3)).contains("vneid-forgot-password");
    }

    @Test
    void tenThousandCharactersAreSearchedWithoutFailing() {
        String huge = "cài app hậu giang trên điện thoại android ".repeat(250).substring(0, 10_000);
        assertThatCode(() -> search.search(huge)).doesNotThrowAnyException();
        assertThat(search.search(huge).rankedTopics()).first().isEqualTo("app-install-android");
    }

    @Test
    void tenThousandRandomSymbolsFindNothing() {
        StringBuilder noise = new StringBuilder();
        java.util.Random random = new java.util.Random(7);
        while (noise.length() < 10_000) {
            noise.append((char) (33 + random.nextInt(15)));
        }
        assertThat(search.search(noise.toString()).outcome()).isEqualTo(SearchOutcome.FALLBACK);
    }

    @Test
    void requestsToDoTheProcedureForTheResidentAreNotAnsweredFromGuides() {
        assertThat(search.search("ad làm giùm em giấy khai sinh cho con").outcome()).isEqualTo(SearchOutcome.FALLBACK);
        assertThat(search.search("nop gium toi ho so khai sinh").outcome()).isEqualTo(SearchOutcome.FALLBACK);
        assertThat(search.search("làm hồ sơ khai sinh online thế nào").outcome()).isNotEqualTo(SearchOutcome.FALLBACK);
    }
}
