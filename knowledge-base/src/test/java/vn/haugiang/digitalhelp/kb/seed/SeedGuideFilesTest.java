package vn.haugiang.digitalhelp.kb.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import vn.haugiang.digitalhelp.kb.article.ArticleStatus;

/** The guides shipped with the service are valid and cover the guide catalogue of the project brief. */
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
    void theSeedGuidesCoverEveryTopicOfTheGuideCatalogue() throws IOException {
        Set<String> catalogue = catalogueTopics();
        Set<String> seeded = new TreeSet<>();
        seedGuides().forEach(guide -> seeded.add(guide.content().topic()));

        assertThat(catalogue).as("topic keys in the catalogue table of guide-topics.md").hasSizeGreaterThanOrEqualTo(20);
        assertThat(seeded).as("topics of the seed guides").containsAll(catalogue);
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

    private static List<GuideFile> seedGuides() throws IOException {
        Resource[] resources = new PathMatchingResourcePatternResolver().getResources(SeedGuides.LOCATION);
        List<GuideFile> guides = new ArrayList<>();
        for (Resource resource : resources) {
            String slug = resource.getFilename().replaceFirst("\\.md$", "");
            try (InputStream in = resource.getInputStream()) {
                guides.add(GuideFile.parse(slug, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
        }
        return guides;
    }

    /** The topic keys of the catalogue table in the project's shared guide-topics.md. */
    private static Set<String> catalogueTopics() throws IOException {
        Path file = repositoryRoot().resolve("..").resolve("shared").resolve("guide-topics.md").normalize();
        if (!Files.isRegularFile(file)) {
            fail("The guide catalogue %s is missing: it lists the topics the seed guides must cover", file);
        }
        Set<String> topics = new LinkedHashSet<>();
        boolean inCatalogue = false;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.startsWith("## ")) {
                inCatalogue = line.strip().equalsIgnoreCase("## The catalogue");
            } else if (inCatalogue && line.startsWith("| `")) {
                topics.add(line.substring(3, line.indexOf('`', 3)));
            }
        }
        if (topics.isEmpty()) {
            fail("Found no topic keys in the '## The catalogue' table of %s", file);
        }
        return topics;
    }

    /** The folder holding mvnw, found by walking up from the module folder the tests run in. */
    private static Path repositoryRoot() {
        Path start = Path.of("").toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("mvnw"))) {
                return dir;
            }
        }
        return fail("No folder containing mvnw above %s", start);
    }
}
