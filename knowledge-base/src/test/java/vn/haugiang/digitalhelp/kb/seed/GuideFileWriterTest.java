package vn.haugiang.digitalhelp.kb.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import vn.haugiang.digitalhelp.kb.article.ArticleContent;
import vn.haugiang.digitalhelp.kb.article.ArticleStatus;

/** Writing a guide and parsing it back gives the same guide: the writer is the inverse of the parser. */
class GuideFileWriterTest {

    static List<GuideFile> shippedGuides() {
        return SeedGuides.shipped();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shippedGuides")
    void everyShippedGuideSurvivesTheRoundTrip(GuideFile guide) {
        String text = GuideFileWriter.write(guide, 7);

        assertThat(GuideFile.parse(guide.slug(), text)).isEqualTo(guide);
        assertThat(GuideFileWriter.exportedVersion(text)).hasValue(7);
    }

    @Test
    void awkwardTextSurvivesTheRoundTrip() {
        ArticleContent content = new ArticleContent("vneid-level2", "Mức 2: \"định danh\" # không phải bình luận",
                List.of("- bắt đầu bằng gạch?", "yes", "123", "a: b", "'nháy đơn' và \"nháy kép\"", "---"),
                "Dòng đầu\n\n---\n\n* mục\n  tiếp: dòng\n\n```\ncode: x\n```", List.of("true", "null", "vneid"));
        GuideFile guide = new GuideFile("awkward", content, ArticleStatus.DRAFT);

        String text = GuideFileWriter.write(guide, 3);

        assertThat(GuideFile.parse("awkward", text)).isEqualTo(guide);
    }

    @Test
    void aFileWithoutVersionHasNoExportedVersion() {
        ArticleContent content = new ArticleContent("app-report", "Phản ánh", List.of(), "Nội dung.", List.of());
        GuideFile guide = new GuideFile("app-report", content, ArticleStatus.ARCHIVED);

        String text = GuideFileWriter.write(guide, 0);

        assertThat(GuideFileWriter.exportedVersion(text)).isEmpty();
        assertThat(GuideFile.parse("app-report", text)).isEqualTo(guide);
    }

    @Test
    void aVersionWordInTheBodyIsNotTakenForTheExportedVersion() {
        String text = "---\ntitle: A\ntopic: b\n---\nversion: 5\n";

        assertThat(GuideFileWriter.exportedVersion(text)).isEmpty();
    }
}
