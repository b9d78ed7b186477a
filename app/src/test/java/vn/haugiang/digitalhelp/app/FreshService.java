package vn.haugiang.digitalhelp.app;

import java.time.Instant;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.bson.Document;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.junit.jupiter.SpringExtension;

import vn.haugiang.digitalhelp.app.telegram.FakeTelegramBotApi;
import vn.haugiang.digitalhelp.bot.area.AreaDirectory;
import vn.haugiang.digitalhelp.bot.chat.Channel;
import vn.haugiang.digitalhelp.bot.delivery.ChatMessenger;
import vn.haugiang.digitalhelp.bot.delivery.Messengers;
import vn.haugiang.digitalhelp.bot.limits.LimitsInForce;
import vn.haugiang.digitalhelp.bot.telegram.TelegramPoller;
import vn.haugiang.digitalhelp.bot.telegram.TelegramSender;
import vn.haugiang.digitalhelp.kb.GuideBaseStartup;

/**
 * Gives each {@link ServiceTest} class the service as a fresh start would: before the class (and before its
 * own {@code @BeforeAll}) the Telegram channel and background jobs stop, the configured rate limits are back
 * in force, every collection is emptied with its indexes kept, the start-up seeding runs again, the clock and
 * the fake Bot API are reset; then the Telegram channel and the jobs the class asks for start. After the class
 * they stop again. Two classes never have the service at once ({@link ServiceTest#SHARED_SERVICE}); were they to,
 * the second one fails before it starts instead of emptying the first one's data.
 */
final class FreshService implements BeforeAllCallback, AfterAllCallback {

    /**
     * Kept across classes: the service's generated secrets (web session key), which the running service
     * holds in memory and a restart would read back unchanged.
     */
    private static final Set<String> KEPT = Set.of("settings");
    private static final String OUR_CODE = "vn.haugiang.digitalhelp.";
    /** The class that has the service now. */
    private static final AtomicReference<Class<?>> occupant = new AtomicReference<>();

    @Override
    public void beforeAll(ExtensionContext extension) {
        Class<?> testClass = extension.getRequiredTestClass();
        if (!occupant.compareAndSet(null, testClass)) {
            throw new IllegalStateException(testClass.getName() + " would share the service with " + occupant.get().getName()
                    + ", which is still running: a service test holds ServiceTest.SHARED_SERVICE");
        }
        ServiceTest wanted = AnnotatedElementUtils.findMergedAnnotation(testClass, ServiceTest.class);
        ApplicationContext service = SpringExtension.getApplicationContext(extension);
        stop(service);
        emptyCollections(service.getBean(MongoTemplate.class));
        service.getBean(AreaDirectory.class).forgetCachedList();
        runStartUpSeeding(service);
        // Start-up builds the index on a thread of its own; a class must not meet the previous class's guides.
        // Waiting for that build (not building again) indexes the guides once per class.
        service.getBean(GuideBaseStartup.class).awaitIndexBuild();
        MutableClock clock = service.getBean(MutableClock.class);
        if (wanted.clock().isEmpty()) {
            clock.followSystem();
        } else {
            clock.set(Instant.parse(wanted.clock()));
        }
        service.getBean(FakeTelegramBotApi.class).reset();
        if (wanted.telegram()) {
            startTelegram(service);
        }
        service.getBean(ScheduledJobs.class).startBackground(wanted.jobs());
    }

    @Override
    public void afterAll(ExtensionContext extension) {
        try {
            stop(SpringExtension.getApplicationContext(extension));
        } finally {
            occupant.compareAndSet(extension.getRequiredTestClass(), null);
        }
    }

    private static void stop(ApplicationContext service) {
        service.getBean(ScheduledJobs.class).stopBackground();
        service.getBean(TelegramPoller.class).stop();
        service.getBean(TelegramSender.class).stop();
        service.getBean(Messengers.class).unregister(Channel.TELEGRAM);
        service.getBean(LimitsInForce.class).useConfigured();
    }

    private static void startTelegram(ApplicationContext service) {
        Messengers messengers = service.getBean(Messengers.class);
        service.getBeansOfType(ChatMessenger.class).values().stream()
                .filter(messenger -> messenger.channel() == Channel.TELEGRAM)
                .forEach(messengers::register);
        service.getBean(TelegramSender.class).start();
        service.getBean(TelegramPoller.class).start();
    }

    private static void emptyCollections(MongoTemplate mongo) {
        for (String name : mongo.getCollectionNames()) {
            if (!KEPT.contains(name) && !name.startsWith("system.")) {
                mongo.getCollection(name).deleteMany(new Document());
            }
        }
    }

    /** What the service does once its beans are ready: seed guides and index them, sample areas, first admin. */
    private static void runStartUpSeeding(ApplicationContext service) {
        service.getBeansOfType(SmartInitializingSingleton.class).values().stream()
                .filter(bean -> bean.getClass().getName().startsWith(OUR_CODE))
                .forEach(SmartInitializingSingleton::afterSingletonsInstantiated);
    }
}
