package vn.haugiang.digitalhelp.app;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import vn.haugiang.digitalhelp.app.telegram.FakeTelegramBotApi;

/**
 * The one configuration of every {@link ServiceTest}: the embedded database in a fresh data folder, the
 * Telegram channel pointed at the shared fake Bot API (it runs only for classes that ask), scheduled jobs
 * off, the first admin {@code quantri}, rate limits far above what a functional test sends, the client
 * address taken from {@code X-Forwarded-For} (tests play several addresses) and the login throttle
 * strict enough to be seen within a test. Waits a test would only sit through are shortened: the chat page asks
 * for answers every 300 ms, Telegram replies to one chat are not paced to one a second.
 */
public final class ServiceTestSettings implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String ADMIN = "quantri";
    public static final String ADMIN_PASSWORD = "mat-khau-quan-tri-2025";
    public static final String TELEGRAM_TOKEN = "SERVICE-TEST:token";
    public static final String BOT_USERNAME = "hg_digitalhelp_bot";

    private static FakeTelegramBotApi botApi;

    /** The fake Bot API of the shared service, started once (the context closes it after the service stopped). */
    static synchronized FakeTelegramBotApi sharedBotApi() {
        if (botApi == null) {
            botApi = FakeTelegramBotApi.start(TELEGRAM_TOKEN);
        }
        return botApi;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Path dataDir = TestDataFolders.fresh("service");
        FakeTelegramBotApi telegram = sharedBotApi();
        Map<String, Object> settings = new LinkedHashMap<>(TestDataFolders.embeddedServiceSettings(dataDir));
        settings.put("digitalhelp.scheduling.enabled", "false");
        settings.put("digitalhelp.bot.telegram.token", TELEGRAM_TOKEN);
        settings.put("digitalhelp.bot.telegram.api-url", telegram.url());
        settings.put("digitalhelp.bot.telegram.username", BOT_USERNAME);
        settings.put("digitalhelp.admin.username", ADMIN);
        settings.put("digitalhelp.admin.password", ADMIN_PASSWORD);
        // BCrypt at its lowest cost: the suite signs in over HTTP Basic hundreds of times (64 ms each at cost 10)
        settings.put("digitalhelp.admin.password-hash-cost", "4");
        settings.put("server.forward-headers-strategy", "native");
        settings.put("digitalhelp.admin.login.free-failures-per-address", "3");
        settings.put("digitalhelp.admin.login.free-failures-per-user", "6");
        settings.put("digitalhelp.admin.login.first-wait", "10m");
        settings.put("digitalhelp.metrics.projection.batch-size", "7");
        settings.put("digitalhelp.images.max-upload-size", "1MB"); // an oversized guide picture stays cheap to make
        settings.put("digitalhelp.web-chat.inbox-poll", "300ms");
        // Telegram tests wait for replies, not for the pacing (1 a second per chat), which TwoInstancesWebhookTest checks
        settings.put("digitalhelp.bot.telegram.pacing.per-chat-per-second", "50");
        settings.put("digitalhelp.bot.telegram.pacing.per-chat-burst", "20"); // a browser test sees an official's answer at once
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("serviceTest", settings));
    }
}
