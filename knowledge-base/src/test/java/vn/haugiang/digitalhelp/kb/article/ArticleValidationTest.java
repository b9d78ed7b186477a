package vn.haugiang.digitalhelp.kb.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The one article validation: topics that are safe rollup keys, bounded lines, plain Markdown. */
class ArticleValidationTest {

    private static ArticleContent withTopic(String topic) {
        return new ArticleContent(topic, "Cài VNeID", List.of("cài vneid thế nào"), "Bước 1: mở ứng dụng.", List.of("vneid"));
    }

    private static ArticleContent withBody(String body) {
        return new ArticleContent("vneid", "Cài VNeID", List.of(), body, List.of());
    }

    @Test
    void aPlainGuideIsValid() {
        assertThat(ArticleValidation.problems(withBody("**Bước 1**: mở [Cổng dịch vụ công](https://dichvucong.gov.vn).\n- một\n- hai")))
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a.b", "$where", "Vneid", "vneid level2", "-vneid", "vneid-", "", "vneid--2"})
    void aTopicThatCouldBreakTheRollupKeysIsRefused(String topic) {
        assertThat(ArticleValidation.problems(withTopic(topic))).singleElement()
                .satisfies(problem -> assertThat(problem).startsWith("Chủ đề (topic)"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"<script>alert(1)</script>", "xin < b>chào", "![ảnh](https://a.vn/x.png)",
            "[bấm](javascript:alert(1))", "[gọi](tel:0900000000)", "<!-- ghi chú -->"})
    void htmlImagesAndOtherLinksAreRefused(String body) {
        assertThat(ArticleValidation.problems(withBody(body))).isNotEmpty();
    }

    @Test
    void everyBrokenRuleIsNamedAtOnce() {
        ArticleContent bad = new ArticleContent("a.b", "", List.of("x".repeat(301)), "", List.of());

        assertThatThrownBy(() -> ArticleValidation.check(bad)).isInstanceOfSatisfying(InvalidArticleException.class,
                e -> assertThat(e.problems()).hasSize(4));
    }

    @Test
    void lengthsAreBounded() {
        assertThat(ArticleValidation.problems(withBody("a".repeat(ArticleValidation.MAX_BODY)))).isEmpty();
        assertThat(ArticleValidation.problems(withBody("a".repeat(ArticleValidation.MAX_BODY + 1)))).hasSize(1);
        assertThat(ArticleValidation.problems(new ArticleContent("vneid", "t\nt", List.of(), "b", List.of()))).hasSize(1);
    }

    @Test
    void aPictureOfAStoredImageIsValidAndAnUnknownOneIsNamed() {
        String known = "a".repeat(32);
        String unknown = "b".repeat(32);
        String body = "**Bước 2**: bấm nút Đăng nhập.\n\n![Bước 2: nút Đăng nhập](image:" + known + ")";

        assertThat(ArticleValidation.problems(withBody(body), known::equals)).isEmpty();
        assertThat(ArticleValidation.problems(withBody(body + "\n\n![Bước 3](image:" + unknown + ")"), known::equals))
                .containsExactly("Ảnh chưa có trên máy chủ (hãy tải ảnh lên lại): " + unknown + ".");
        assertThat(ArticleValidation.problems(withBody(body))).as("seed files know no image").hasSize(1);
    }

    @Test
    void aPictureFromElsewhereIsRefused() {
        assertThat(ArticleValidation.problems(withBody("![x](https://example.org/a.png)"), id -> true))
                .containsExactly("Ảnh chỉ được chèn bằng nút \"Chèn ảnh\" của trình soạn, dạng ![mô tả](image:mã-ảnh).");
    }
}
