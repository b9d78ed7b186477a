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
import vn.haugiang.digitalhelp.kb.search.GuideIndex;

/**
 * Gives each {@link ServiceTest} class the service as a fresh start would: before the class (and before its
 * own {@code @BeforeAll}) the Telegram channel and background jobs stop, the configured rate limits are back
 * in force, every collection is emptied with its indexes kept, the start-up seeding runs again, the clock and
 * the fake Bot API are reset. The guide base is the exception: when the previous classes left it byte for byte
 * as it was seeded, with no index built since ({@link SeededGuideBase}), it is kept with its index, which holds
 * what seeding it again would make (up to the guides' ids and save times, which no test may rely on). Then the
 * Telegram channel and the jobs the class asks for start. After the class they stop again. Two classes never have
 * the service at once ({@link ServiceTest#SHARED_SERVICE}); were they to, the second one fails before it starts
 * instead of emptying the first one's data.
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
    /** The guide base as the latest seeding left it (classes take turns, so one at a time reads and sets it). */
    private static SeededGuideBase seededGuides;

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
        MongoTemplate mongo = service.getBean(MongoTemplate.class);
        GuideIndex index = service.getBean(GuideIndex.class);
        GuideBaseStartup guideBase = service.getBean(GuideBaseStartup.class);
        guideBase.awaitIndexBuild(); // a start-up build a class began is counted before the guide base is compared
        boolean guidesAsSeeded = seededGuides != null && seededGuides.unchanged(mongo, index);
        emptyCollections(mongo, guidesAsSeeded ? SeededGuideBase.COLLECTIONS : Set.of());
        service.getBean(AreaDirectory.class).forgetCachedList();
        runStartUpSeeding(service, guidesAsSeeded);
        if (!guidesAsSeeded) {
            // Start-up builds the index on a thread of its own; a class must not meet the previous class's guides.
            // Waiting for that build (not building again) indexes the guides once.
            guideBase.awaitIndexBuild();
            seededGuides = SeededGuideBase.now(mongo, index);
        }
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

    private static void emptyCollections(MongoTemplate mongo, Set<String> alsoKept) {
        for (String name : mongo.getCollectionNames()) {
            if (!KEPT.contains(name) && !alsoKept.contains(name) && !name.startsWith("system.")) {
                mongo.getCollection(name).deleteMany(new Document());
            }
        }
    }

    /**
     * What the service does once its beans are ready: seed guides and index them (unless the guide base is still as
     * seeded), sample areas, first admin.
     */
    private static void runStartUpSeeding(ApplicationContext service, boolean guidesAsSeeded) {
        service.getBeansOfType(SmartInitializingSingleton.class).values().stream()
                .filter(bean -> bean.getClass().getName().startsWith(OUR_CODE))
                .filter(bean -> !(guidesAsSeeded && bean instanceof GuideBaseStartup))
                .forEach(SmartInitializingSingleton::afterSingletonsInstantiated);
    }
}
