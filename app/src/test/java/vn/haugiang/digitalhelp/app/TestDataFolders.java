package vn.haugiang.digitalhelp.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Fresh, empty folders for the embedded database, one per test class, under the module's target folder,
 * and the settings that point the service under test at one.
 */
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

    /**
     * The service on the embedded database in {@code dataDir}, with Telegram off unless a test turns it on.
     * The rate limits are raised far above what a functional test sends from one address or chat; the
     * security tests of the limits set their own low values after this.
     */
    public static void embeddedService(DynamicPropertyRegistry registry, Path dataDir) {
        registry.add("digitalhelp.database.uri", () -> "");
        registry.add("digitalhelp.database.data-dir", dataDir::toString);
        registry.add("digitalhelp.bot.telegram.token", () -> "");
        registry.add("digitalhelp.limits.chat-per-address.count", () -> "100000");
        registry.add("digitalhelp.limits.chat-per-resident.count", () -> "100000");
        registry.add("digitalhelp.limits.requests-per-address-per-day", () -> "100000");
        registry.add("digitalhelp.limits.commune-requests-per-hour", () -> "100000");
        registry.add("digitalhelp.limits.telegram-flood.count", () -> "100000");
    }
}
