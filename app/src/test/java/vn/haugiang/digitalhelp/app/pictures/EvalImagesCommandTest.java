package vn.haugiang.digitalhelp.app.pictures;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;

import vn.haugiang.digitalhelp.app.ServiceTest;
import vn.haugiang.digitalhelp.app.cli.EvalImagesCommand;

/**
 * The {@code eval-images} command starts with the settings it needs and scores a labelled picture set.
 * Not beside a service test: it reads pictures with Tesseract, and the service tests that read pictures check
 * that no reader's working folder keeps a file ({@link PictureReaderTest#workFilesLeft()} looks at every one in
 * the temporary folder).
 */
@ResourceLock(ServiceTest.SHARED_SERVICE)
class EvalImagesCommandTest {

    @TempDir
    Path folder;

    @Test
    void scoresTheFirstScreensOfTheRenderedSet() throws Exception {
        // Only the two it scores are drawn: the whole set (ScreenshotSetTest) costs seconds of CPU to draw.
        ScreenshotSet.writeTo(folder, 2);
        Path labels = folder.resolve("labels.tsv");

        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream console = System.out;
        int status;
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            status = EvalImagesCommand.run(new String[] {EvalImagesCommand.NAME, labels.toString()});
        } finally {
            System.setOut(console);
        }

        assertThat(status).isZero();
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("{\"pictures\":2,");
    }

    @Test
    void aMissingLabelFileIsRefusedWithoutStarting() {
        int status = EvalImagesCommand.run(new String[] {EvalImagesCommand.NAME, folder.resolve("none.tsv").toString()});
        assertThat(status).isEqualTo(2);
    }
}
