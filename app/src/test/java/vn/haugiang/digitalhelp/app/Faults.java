package vn.haugiang.digitalhelp.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.h2.mvstore.MVStore;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.MapPropertySource;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import vn.haugiang.digitalhelp.app.telegram.FakeTelegramBotApi;
import vn.haugiang.digitalhelp.bot.protection.ProtectionKeys;

/**
 * The surroundings of the {@link FaultsService}, which its tests break and mend: a MongoDB-wire server
 * (mongo-java-server on an H2 file, on a loopback port) that can be stopped and started again on the same
 * port and file, and a fake Bot API whose port is fixed before the service starts but which answers only
 * once a test calls {@link #botApi()}. Also the service's settings, which another instance joining it
 * ({@code WebhookFleet}) starts with.
 */
public final class Faults implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String TOKEN = "FAULTS:token";
    public static final String SECRET = "faults-webhook-secret";
    public static final String WEBHOOK_URL = "https://bot.example.invalid/";

    private static final Path dataDir = TestDataFolders.fresh("faults");
    private static final Path databaseFile = dataDir.resolve("faults.mv.db");
    private static final int botApiPort = freePort();
    private static final ProtectionKeys keys = ProtectionKeys.generate();
    private static MongoServer database;
    private static boolean databaseRunning;
    private static int databasePort;
    private static FakeTelegramBotApi botApi;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Map<String, Object> settings = new LinkedHashMap<>(settings());
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("faultsService", settings));
    }

    /** The faults service's settings; the first call starts its database. */
    public static synchronized Map<String, String> settings() {
        if (database == null) {
            startDatabase();
        }
        Map<String, String> settings = new LinkedHashMap<>(TestDataFolders.embeddedServiceSettings(dataDir));
        settings.put("digitalhelp.database.uri", "mongodb://127.0.0.1:" + databasePort + "/digitalhelp");
        // A MongoDB URI means production mode, which refuses to start without the keys from the environment.
        settings.put("digitalhelp.keys.data-key", keys.dataKeyset());
        settings.put("digitalhelp.keys.pseudonym-key", keys.pseudonymKey());
        settings.put("digitalhelp.bot.turn-buffer.capacity", "10");
        settings.put("digitalhelp.bot.telegram.token", TOKEN);
        settings.put("digitalhelp.bot.telegram.api-url", "http://127.0.0.1:" + botApiPort);
        settings.put("digitalhelp.bot.telegram.mode", "webhook");
        settings.put("digitalhelp.bot.telegram.webhook-url", WEBHOOK_URL);
        settings.put("digitalhelp.bot.telegram.webhook-secret", SECRET);
        settings.put("digitalhelp.bot.telegram.lease", "5s");
        settings.put("digitalhelp.bot.telegram.pacing.per-second", "60");
        settings.put("digitalhelp.bot.telegram.pacing.burst", "10");
        settings.put("digitalhelp.bot.telegram.pacing.per-chat-per-second", "2");
        settings.put("digitalhelp.bot.telegram.pacing.per-chat-burst", "2");
        settings.put("digitalhelp.bot.inbox.recovery-check", "500ms");
        settings.put("digitalhelp.bot.inbox.recover-after", "1s");
        settings.put("digitalhelp.bot.retry.initial", "200ms");
        settings.put("digitalhelp.bot.retry.max", "1s");
        settings.put("digitalhelp.pictures.tesseract", "/nonexistent/tesseract");
        return settings;
    }

    /** The fake Bot API, started at the address the service was given on the first call. */
    public static synchronized FakeTelegramBotApi botApi() {
        if (botApi == null) {
            botApi = FakeTelegramBotApi.start(TOKEN, botApiPort);
        }
        return botApi;
    }

    /** Stops the database server at once, as a crash would. */
    public static synchronized void stopDatabase() {
        database.shutdownNow();
        databaseRunning = false;
    }

    /** Starts the database server (again) on its port and file, unless it runs. */
    public static synchronized void startDatabase() {
        if (databaseRunning) {
            return;
        }
        MongoServer server = new MongoServer(new H2Backend(new MVStore.Builder().fileName(databaseFile.toString()).open()));
        server.bind("127.0.0.1", databasePort);
        database = server;
        databasePort = server.getLocalAddress().getPort();
        databaseRunning = true;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Closes the surroundings with the context, after the service stopped. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Surroundings {

        @Bean(destroyMethod = "close")
        AutoCloseable faultsSurroundings() {
            return () -> {
                synchronized (Faults.class) {
                    if (botApi != null) {
                        botApi.close();
                    }
                    database.shutdownNow();
                }
            };
        }
    }
}
