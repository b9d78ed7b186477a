package vn.haugiang.digitalhelp.app.pictures;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.awt.image.BufferedImage;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

/**
 * Checks that the OCR measurement's set of screenshots is what the measurement claims, and draws the first
 * screenshot of each variant and of each font. Drawing the whole set costs seconds of CPU, so a build does it only when asked: with
 * {@code -Docr-screenshots=true} the test writes every screenshot to {@code app/target/ocr-screenshots/}, with
 * {@code labels.tsv}, for {@code java -jar app/target/digitalhelp.jar eval-images app/target/ocr-screenshots/labels.tsv}.
 */
class ScreenshotSetTest {

    static final Path FOLDER = Path.of("target", "ocr-screenshots");
    private static final boolean WRITING_THE_SET = Boolean.getBoolean("ocr-screenshots");

    @Test
    void atLeastFortyScreenshotsInSeveralFontsAndSizesEachLabelledWithACatalogueTopic() throws IOException {
        List<ScreenshotSet.Planned> set = ScreenshotSet.plan();

        assertThat(set).hasSizeGreaterThanOrEqualTo(40);
        assertThat(set.stream().map(ScreenshotSet.Planned::font).distinct().count()).isGreaterThanOrEqualTo(2);
        assertThat(set.stream().map(ScreenshotSet.Planned::variant).distinct().count()).isEqualTo(3);
        assertThat(set.stream().map(ScreenshotSet.Planned::topic).collect(Collectors.toSet())).isSubsetOf(catalogueTopics());
        assertThat(set).extracting(ScreenshotSet.Planned::file).doesNotHaveDuplicates()
                .startsWith("01-vneid-forgot-password-png-1080.png");
    }

    @Test
    void eachVariantIsDrawnAsAPictureOfItsSize() throws IOException {
        List<ScreenshotSet.Screenshot> drawn = WRITING_THE_SET
                ? ScreenshotSet.writeTo(FOLDER)
                : firstOfEachVariantAndFont();

        assertThat(drawn).extracting(ScreenshotSet.Screenshot::variant).containsAll(ScreenshotSet.VARIANTS);
        assertThat(drawn).extracting(ScreenshotSet.Screenshot::font).containsAll(ScreenshotSet.vietnameseFonts());
        for (ScreenshotSet.Screenshot shot : drawn) {
            BufferedImage picture = ImageIO.read(new ByteArrayInputStream(shot.bytes()));
            assertThat(picture).as(shot.file()).isNotNull();
            ScreenshotSet.Variant variant = shot.variant();
            assertThat(picture.getWidth()).as(shot.file()).isEqualTo((int) Math.round(variant.width() * variant.scale()));
            assertThat(picture.getHeight()).as(shot.file()).isEqualTo((int) Math.round(variant.height() * variant.scale()));
        }
        if (WRITING_THE_SET) {
            assertThat(FOLDER.resolve("labels.tsv")).content(StandardCharsets.UTF_8)
                    .contains("01-vneid-forgot-password-png-1080.png\tvneid-forgot-password");
        }
    }

    /** The first planned screenshot of each variant and of each font, each drawn once. */
    private static List<ScreenshotSet.Screenshot> firstOfEachVariantAndFont() {
        Set<ScreenshotSet.Variant> variants = new HashSet<>();
        Set<String> fonts = new HashSet<>();
        return ScreenshotSet.plan().stream()
                .filter(planned -> {
                    boolean newVariant = variants.add(planned.variant());
                    boolean newFont = fonts.add(planned.font());
                    return newVariant || newFont;
                })
                .map(ScreenshotSet.Planned::drawn).toList();
    }

    private static Set<String> catalogueTopics() throws IOException {
        try (InputStream in = ScreenshotSetTest.class.getResourceAsStream("/topics.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t")[0].strip())
                    .collect(Collectors.toSet());
        }
    }
}
