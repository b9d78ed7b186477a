package vn.haugiang.digitalhelp.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Fresh, empty folders for the embedded database, one per test class, under the module's target folder. */
public final class TestDataFolders {

    private TestDataFolders() {
    }

    public static Path fresh(String testName) {
        try {
            Path parent = Files.createDirectories(Path.of("target", "test-data"));
            return Files.createTempDirectory(parent, testName + "-").toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
