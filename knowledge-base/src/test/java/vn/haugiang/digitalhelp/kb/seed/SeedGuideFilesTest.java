package vn.haugiang.digitalhelp.kb.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.haugiang.digitalhelp.kb.article.ArticleStatus;

/** The guides shipped with the service are valid (the content rules and the catalogue are checked by the admin module's SeedContentCheckTest). */
class SeedGuideFilesTest {

    @Test
    void everySeedGuideParses() throws IOException {
        List<GuideFile> guides = seedGuides();

        assertThat(guides).hasSizeGreaterThanOrEqualTo(20);
        assertThat(guides).allSatisfy(guide -> {
            assertThat(guide.content().title()).as(guide.slug()).isNotBlank();
            assertThat(guide.content().topic()).as(guide.slug()).matches("[a-z0-9]+(-[a-z0-9]+)*");
            assertThat(guide.content().questions()).as(guide.slug()).isNotEmpty();
            assertThat(guide.content().body()).as(guide.slug()).isNotBlank().doesNotStartWith("---");
            assertThat(guide.status()).as(guide.slug()).isEqualTo(ArticleStatus.PUBLISHED);
        });
        assertThat(guides.stream().map(guide -> guide.content().topic()).distinct()).hasSameSizeAs(guides);
    }

    @Test
    void aGuideWithoutFrontMatterIsRejectedNamingTheFile() {
        assertThatThrownBy(() -> GuideFile.parse("broken", "# Chỉ có nội dung"))
                .isInstanceOf(InvalidGuideException.class)
                .hasMessageContaining("broken").hasMessageContaining("front matter");
    }

    @Test
    void aGuideWithoutTitleIsRejectedNamingWhatIsMissing() {
        assertThatThrownBy(() -> GuideFile.parse("untitled", "---\ntopic: app-report\n---\nNội dung"))
                .isInstanceOf(InvalidGuideException.class)
                .hasMessageContaining("untitled").hasMessageContaining("'title'");
    }

    @Test
    void aGuideReadsItsFrontMatterAndBody() {
        GuideFile guide = GuideFile.parse("vi-du", """
                ---
                title: "Ví dụ"
                topic: app-report
                questions:
                  - "Hỏi gì?"
                tags: [a, b]
                status: draft
                ---
                Thân **bài**.
                """);

        assertThat(guide.content().title()).isEqualTo("Ví dụ");
        assertThat(guide.content().questions()).containsExactly("Hỏi gì?");
        assertThat(guide.content().tags()).containsExactly("a", "b");
        assertThat(guide.content().body()).isEqualTo("Thân **bài**.");
        assertThat(guide.status()).isEqualTo(ArticleStatus.DRAFT);
    }

    private static List<GuideFile> seedGuides() {
        return SeedGuides.shipped();
    }
}
