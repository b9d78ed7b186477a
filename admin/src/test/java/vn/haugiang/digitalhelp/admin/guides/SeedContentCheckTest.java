package vn.haugiang.digitalhelp.admin.guides;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import vn.haugiang.digitalhelp.kb.article.TopicCatalogue;
import vn.haugiang.digitalhelp.kb.phone.PhoneFit;
import vn.haugiang.digitalhelp.kb.seed.GuideFile;

/**
 * The content check of the build: every seed guide keeps the content rules, every topic of the
 * catalogue ({@code ../shared/guide-topics.md}) has a published seed guide, and each rule really
 * catches the broken guide made for it ({@code src/test/resources/content-check}).
 */
class SeedContentCheckTest {

    private static SeedContentCheck check;
    private static Map<String, String> seeds;

    @BeforeAll
    static void readTheCatalogueAndTheSeeds() throws IOException {
        String facts = Files.readString(catalogueFile(), StandardCharsets.UTF_8);
        Set<String> topics = new LinkedHashSet<>();
        for (String line : facts.split("\n")) {
            if (line.startsWith("| `")) {
                topics.add(line.substring(3, line.indexOf('`', 3)));
            }
        }
        check = new SeedContentCheck(topics, facts, PhoneFit.DEFAULT);
        seeds = files("classpath*:guides/*.md");
    }

    @Test
    void theCatalogueHasTwentyEightTopicsAndTheAdminConsoleOffersExactlyThose() {
        assertThat(check.catalogueTopics()).hasSize(28)
                .contains("merger-papers", "vneid-documents", "child-residence", "scam-recovery", "account-takeover");
        assertThat(TopicCatalogue.shipped().titlesByKey().keySet()).containsExactlyInAnyOrderElementsOf(check.catalogueTopics());
    }

    @Test
    void everyTopicOfTheCatalogueHasAPublishedSeedGuide() {
        assertThat(check.uncovered(topicsBySlug(seeds))).isEmpty();
    }

    @Test
    void everySeedGuideKeepsTheContentRules() {
        assertThat(seeds).hasSizeGreaterThanOrEqualTo(28);
        seeds.forEach((slug, text) -> assertThat(check.problems(slug, text)).as(slug).isEmpty());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            no-source         | does not end with a 'Nguồn:' line
            unknown-topic     | topic 'fish-farming' is not in the catalogue
            invented-phone    | phone number not in the catalogue's facts: 1900 1234
            invented-mobile   | phone number not in the catalogue's facts: 0912 345 678
            invented-link     | web address not in the catalogue's facts: vneid-capnhat.com
            long-first-part   | first part takes
            bad-topic-key     | refused by the import: Guide 'bad-topic-key': Chủ đề (topic)
            no-front-matter   | front matter refused by the import
            unexplained-word  | is not explained where the guide first uses it
            """)
    void aBrokenGuideIsCaughtByItsRule(String fixture, String problem) throws IOException {
        String text = files("classpath:content-check/" + fixture + ".md").get(fixture);

        assertThat(check.problems(fixture, text)).anySatisfy(found -> assertThat(found).contains(problem));
    }

    @Test
    void theFixturesBreakOnlyTheirOwnRule() throws IOException {
        String text = files("classpath:content-check/invented-link.md").get("invented-link");

        assertThat(check.problems("invented-link", text)).singleElement().asString().contains("vneid-capnhat.com");
    }

    @Test
    void aWordExplainedInBracketsAfterAColonOrInTheNextWordsIsExplainedAndALinkedTitleIsNoUse() throws IOException {
        String broken = files("classpath:content-check/unexplained-word.md").get("unexplained-word");

        assertThat(check.problems("unexplained-word", broken)).as("OTP is explained; passcode is not")
                .singleElement().asString().contains("'passcode'");
        for (String explained : List.of("Nhập passcode (mã 6 số) của bạn.", "Đặt passcode: một mã gồm 6 chữ số.",
                "Nhập passcode. Passcode là mã 6 số bạn tự đặt.")) {
            assertThat(check.problems("unexplained-word", broken.replace("Nhập passcode của bạn.", explained)))
                    .as(explained).isEmpty();
        }
        assertThat(check.problems("unexplained-word", broken.replace("Nhập passcode của bạn.",
                "Nhập passcode (xem bài _Quên passcode VNeID_).")))
                .as("a bracket sending the reader elsewhere explains nothing").singleElement().asString().contains("'passcode'");
        assertThat(check.problems("unexplained-word", broken.replace("Nhập passcode của bạn.",
                "_Lưu ý:_ cần tài khoản định danh\nđiện tử mức 2 và passcode (mã 6 số).")))
                .as("italics are no linked title, and a phrase may break across lines")
                .singleElement().asString().contains("'định danh mức 2'");
    }

    @Test
    void aSeedBaseMissingAGuideNamesTheUncoveredTopic() {
        Map<String, String> withoutOne = new LinkedHashMap<>(topicsBySlug(seeds));
        withoutOne.remove("scam-recovery");

        assertThat(check.uncovered(withoutOne)).containsExactly("scam-recovery");
    }

    private static Map<String, String> topicsBySlug(Map<String, String> files) {
        Map<String, String> topics = new LinkedHashMap<>();
        files.forEach((slug, text) -> topics.put(slug, GuideFile.parse(slug, text).content().topic()));
        return topics;
    }

    private static Map<String, String> files(String pattern) throws IOException {
        Map<String, String> texts = new LinkedHashMap<>();
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources(pattern)) {
            try (InputStream in = resource.getInputStream()) {
                texts.put(resource.getFilename().replaceFirst("\\.md$", ""), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return texts;
    }

    /** {@code ../shared/guide-topics.md} beside the repository (the folder holding mvnw). */
    private static Path catalogueFile() {
        Path start = Path.of("").toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("mvnw"))) {
                Path file = dir.resolve("..").resolve("shared").resolve("guide-topics.md").normalize();
                if (!Files.isRegularFile(file)) {
                    fail("The guide catalogue %s is missing: it lists the topics the seed guides must cover", file);
                }
                return file;
            }
        }
        return fail("No folder containing mvnw above %s", start);
    }
}
