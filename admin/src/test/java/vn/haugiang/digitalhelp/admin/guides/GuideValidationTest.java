package vn.haugiang.digitalhelp.admin.guides;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import vn.haugiang.digitalhelp.admin.web.BadInputException;
import vn.haugiang.digitalhelp.kb.article.ArticleContent;
import vn.haugiang.digitalhelp.kb.article.ArticleStatus;
import vn.haugiang.digitalhelp.kb.seed.GuideFile;
import vn.haugiang.digitalhelp.kb.seed.GuideFileWriter;
import vn.haugiang.digitalhelp.kb.seed.InvalidGuideException;

/**
 * One rule for a guide, wherever it comes from: what the editor (form and API, through {@link ArticleInput})
 * refuses, a zip import (a guide file, through {@link GuideFile}) refuses with the same words, and what one
 * accepts the other accepts unchanged.
 */
class GuideValidationTest {

    private static final String STORED_PICTURE = "0123456789abcdef0123456789abcdef";
    private static final Predicate<String> STORED = STORED_PICTURE::equals;

    static Stream<Arguments> brokenGuides() {
        return Stream.of(
                Arguments.of("Chủ đề (topic)", guide("VNeID Mức 2", "Đăng ký.")),
                Arguments.of("thẻ HTML", guide("vneid-muc-2", "Bấm <b>Đăng ký</b>.")),
                Arguments.of("Ảnh chưa có trên máy chủ", guide("vneid-muc-2",
                        "Bấm nút.\n\n![Nút đăng ký](image:ffffffffffffffffffffffffffffffff)")),
                Arguments.of("Ảnh chỉ được chèn bằng nút", guide("vneid-muc-2", "![Nút](https://example.org/nut.png)")),
                Arguments.of("Liên kết chỉ được dẫn tới", guide("vneid-muc-2", "Bấm [đây](javascript:alert(1)).")),
                Arguments.of("Câu hỏi (questions): mỗi mục một dòng", new ArticleContent("vneid-muc-2", "Đăng ký VNeID mức 2",
                        List.of("x".repeat(301)), "Đăng ký.", List.of())),
                Arguments.of("Câu hỏi (questions): tối đa", new ArticleContent("vneid-muc-2", "Đăng ký VNeID mức 2",
                        Collections.nCopies(51, "làm sao đăng ký"), "Đăng ký.", List.of())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenGuides")
    void theEditorAndTheZipImportRefuseABrokenGuideWithTheSameWords(String rule, ArticleContent content) {
        String fromEditor = assertThrows(BadInputException.class, () -> typed(content).content(STORED)).getMessage();
        String fromImport = assertThrows(InvalidGuideException.class,
                () -> GuideFile.parse("dang-ky-vneid", file(content), STORED)).getMessage();

        assertThat(fromEditor).contains(rule);
        assertThat(fromImport).endsWith(fromEditor);
    }

    @Test
    void aGuideWithAStoredPictureAndAnHttpsLinkPassesBothWaysUnchanged() {
        ArticleContent content = guide("vneid-muc-2", "**Bước 1**: Mở [Cổng Dịch vụ công](https://dichvucong.gov.vn).\n\n"
                + "![Nút đăng ký](image:" + STORED_PICTURE + ")");

        ArticleContent fromEditor = typed(content).content(STORED);
        ArticleContent fromImport = GuideFile.parse("dang-ky-vneid", file(content), STORED).content();

        assertThat(fromEditor).isEqualTo(content);
        assertThat(fromImport).isEqualTo(content);
    }

    private static ArticleContent guide(String topic, String body) {
        return new ArticleContent(topic, "Đăng ký VNeID mức 2", List.of("đăng ký vneid mức 2 thế nào"), body,
                List.of("vneid"));
    }

    /** The guide as the editor's form or the API sends it. */
    private static ArticleInput typed(ArticleContent content) {
        return new ArticleInput(null, content.title(), content.topic(), content.questions(), content.tags(),
                content.body(), "draft", null);
    }

    /** The guide as a file of an exported zip. */
    private static String file(ArticleContent content) {
        return GuideFileWriter.write(new GuideFile("dang-ky-vneid", content, ArticleStatus.DRAFT), 1);
    }
}
