package vn.haugiang.digitalhelp.app.telegram;

import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

import tools.jackson.databind.node.ObjectNode;
import vn.haugiang.digitalhelp.app.DigitalHelpApplication;
import vn.haugiang.digitalhelp.bot.protection.ProtectionKeys;
import vn.haugiang.digitalhelp.app.database.EmbeddedMongoServer;
import vn.haugiang.digitalhelp.bot.coordination.Leases;
import vn.haugiang.digitalhelp.bot.telegram.TelegramSender;

/**
 * Several service instances (each its own Spring context, as on separate machines) in webhook mode on one
 * MongoDB-wire server, a fake Bot API server, and Telegram's side of the webhook: an update is pushed to
 * an instance, and pushed to another when that one does not answer 200.
 */
final class WebhookFleet implements AutoCloseable {

    static final String TOKEN = "FLEET:token";
    static final String SECRET = "fleet-webhook-secret";
    /** The lease of the one instance that sends ({@code TelegramSender}). */
    private static final String SENDER_LEASE = "telegram-sender";

    final FakeTelegramBotApi telegram;
    /** The webhook secret the instances were given, which Telegram's side sends with each push. */
    private final String secret;
    private final List<ConfigurableApplicationContext> instances = new ArrayList<>();
    /** What the fleet started and closes: the instances it started, its own database and Bot API. */
    private final List<AutoCloseable> owned = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private WebhookFleet(FakeTelegramBotApi telegram, String secret) {
        this.telegram = telegram;
        this.secret = secret;
    }

    /**
     * A fleet of its own: a database and a fake Bot API, and {@code count} instances started one after another
     * with these settings on top of the fleet's own.
     */
    static WebhookFleet ofItsOwn(Path dataDir, int count, Map<String, String> extraSettings) {
        WebhookFleet fleet = new WebhookFleet(FakeTelegramBotApi.start(TOKEN), SECRET);
        fleet.owned.add(fleet.telegram);
        EmbeddedMongoServer database = new EmbeddedMongoServer(dataDir);
        fleet.owned.add(database);
        Map<String, String> settings = new LinkedHashMap<>(Map.of(
                "digitalhelp.database.uri", database.connectionString("digitalhelp"),
                "digitalhelp.bot.telegram.token", TOKEN,
                "digitalhelp.bot.telegram.api-url", fleet.telegram.url(),
                "digitalhelp.bot.telegram.mode", "webhook",
                "digitalhelp.bot.telegram.webhook-url", "https://bot.example.invalid",
                "digitalhelp.bot.telegram.webhook-secret", SECRET,
                "digitalhelp.bot.telegram.lease", "5s"));
        // A MongoDB URI means production mode, which refuses to start without the keys from the environment.
        ProtectionKeys keys = ProtectionKeys.generate();
        settings.put("digitalhelp.keys.data-key", keys.dataKeyset());
        settings.put("digitalhelp.keys.pseudonym-key", keys.pseudonymKey());
        settings.putAll(extraSettings);
        for (int i = 0; i < count; i++) {
            fleet.startInstance(settings);
        }
        return fleet;
    }

    /**
     * A fleet of two: a new instance started with the settings the running one started with (its database and
     * Bot API), which is instance 0, and the running one, instance 1. As in a fleet started afresh, where the
     * first instance sends and the second stands by, the new one is made the sender: the running one hands
     * the sender lease over and stands by. The fleet closes only the instance it started.
     */
    static WebhookFleet joining(ConfigurableApplicationContext running, FakeTelegramBotApi telegram,
                                Map<String, String> runningSettings) {
        WebhookFleet fleet = new WebhookFleet(telegram, runningSettings.get("digitalhelp.bot.telegram.webhook-secret"));
        fleet.startInstance(runningSettings);
        fleet.instances.add(running);
        TelegramSender standing = running.getBean(TelegramSender.class);
        standing.stop();
        String sender = fleet.instance(0).getBean(Leases.class).holder();
        MongoTemplate mongo = running.getBean(MongoTemplate.class);
        await().atMost(Duration.ofSeconds(30)).until(() -> sender.equals(senderOf(mongo)));
        standing.start();
        return fleet;
    }

    /** The holder of the sender lease, if anybody holds it. */
    private static String senderOf(MongoTemplate mongo) {
        Document lease = mongo.findById(SENDER_LEASE, Document.class, "leases");
        return lease == null ? null : lease.getString("holder");
    }

    private void startInstance(Map<String, String> settings) {
        Map<String, String> all = new LinkedHashMap<>(settings);
        all.put("server.port", "0");
        all.put("logging.level.root", "WARN");
        ConfigurableApplicationContext instance = new SpringApplicationBuilder(DigitalHelpApplication.class)
                .run(all.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
        instances.add(instance);
        owned.add(0, instance);
    }

    ConfigurableApplicationContext instance(int index) {
        return instances.get(index);
    }

    int size() {
        return instances.size();
    }

    /** Stops an instance as a deployment would (graceful shutdown); pushes to it fail from then on. */
    void stop(int index) {
        instances.get(index).close();
    }

    /** Pushes an update with the webhook secret; returns the HTTP status (0 when the instance is unreachable). */
    int push(int index, String body, String secret) {
        ConfigurableApplicationContext instance = instances.get(index);
        if (!instance.isActive()) {
            return 0;
        }
        int port = ((WebServerApplicationContext) instance).getWebServer().getPort();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/telegram/webhook"))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (secret != null) {
            request.header("X-Telegram-Bot-Api-Secret-Token", secret);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (java.io.IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    /** Delivers an update as Telegram does: to the preferred instance, else to the next, until one takes it. */
    void deliver(ObjectNode update, int preferred) {
        String body = update.toString();
        for (int attempt = 0; attempt < 50; attempt++) {
            if (push((preferred + attempt) % instances.size(), body, secret) == 200) {
                return;
            }
            if (attempt % instances.size() == instances.size() - 1) {
                sleep(100);
            }
        }
        throw new IllegalStateException("No instance took update " + update.path("update_id"));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws Exception {
        for (AutoCloseable resource : owned) {
            resource.close();
        }
    }
}
