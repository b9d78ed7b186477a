package vn.haugiang.digitalhelp.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Fresh, empty folders for the embedded database under the module's target folder, and the settings that
 * point a service under test at one.
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
    public static Map<String, String> embeddedServiceSettings(Path dataDir) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("digitalhelp.database.uri", "");
        settings.put("digitalhelp.database.data-dir", dataDir.toString());
        settings.put("digitalhelp.bot.telegram.token", "");
        settings.put("digitalhelp.limits.chat-per-address.count", "100000");
        settings.put("digitalhelp.limits.chat-per-resident.count", "100000");
        settings.put("digitalhelp.limits.requests-per-address-per-day", "100000");
        settings.put("digitalhelp.limits.commune-requests-per-hour", "100000");
        settings.put("digitalhelp.limits.telegram-flood.count", "100000");
        return settings;
    }

    /** {@link #embeddedServiceSettings} for a test that starts a service of its own. */
    public static void embeddedService(DynamicPropertyRegistry registry, Path dataDir) {
        embeddedServiceSettings(dataDir).forEach((name, value) -> registry.add(name, () -> value));
    }
}
