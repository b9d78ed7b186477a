package vn.haugiang.digitalhelp.app.pictures;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

/**
 * Makes the OCR measurement's screenshots in every build ({@code app/target/ocr-screenshots/}, with
 * {@code labels.tsv}), for {@code java -jar app/target/digitalhelp.jar eval-images
 * app/target/ocr-screenshots/labels.tsv}, and checks the set is what the measurement claims.
 */
class ScreenshotSetTest {

    static final Path FOLDER = Path.of("target", "ocr-screenshots");

    @Test
    void atLeastFortyScreenshotsInSeveralFontsAndSizesEachLabelledWithACatalogueTopic() throws IOException {
        List<ScreenshotSet.Screenshot> set = ScreenshotSet.writeTo(FOLDER);

        assertThat(set).hasSizeGreaterThanOrEqualTo(40);
        assertThat(set.stream().map(ScreenshotSet.Screenshot::font).distinct().count()).isGreaterThanOrEqualTo(2);
        assertThat(set.stream().map(ScreenshotSet.Screenshot::variant).distinct().count()).isEqualTo(3);
        assertThat(set.stream().map(ScreenshotSet.Screenshot::topic).collect(Collectors.toSet())).isSubsetOf(catalogueTopics());
        for (ScreenshotSet.Screenshot shot : set) {
            BufferedImage picture = ImageIO.read(new ByteArrayInputStream(shot.bytes()));
            assertThat(picture).as(shot.file()).isNotNull();
            ScreenshotSet.Variant variant = shot.variant();
            assertThat(picture.getWidth()).as(shot.file()).isEqualTo((int) Math.round(variant.width() * variant.scale()));
        }
        assertThat(FOLDER.resolve("labels.tsv")).content(StandardCharsets.UTF_8)
                .contains("01-vneid-forgot-password-png-1080.png\tvneid-forgot-password");
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
