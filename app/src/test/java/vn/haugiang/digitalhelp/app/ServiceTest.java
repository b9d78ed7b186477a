package vn.haugiang.digitalhelp.app;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * A test of the whole service, sharing ONE Spring context with every other service test of the build: the
 * service on an embedded MongoDB in a fresh data folder, on a random loopback port, with the settings of
 * {@link ServiceTestSettings}. Instead of a new context, each test class starts on a fresh service
 * ({@link FreshService}): the collections emptied (indexes kept), the start-up seeding run again (guides,
 * index, sample areas, first admin {@code quantri}; the seed guides and their index are kept when no class
 * changed them, so a test must not rely on the guides' ids or save times), the shared {@link MutableClock}
 * following the system clock (or set to {@link #clock()}), the shared fake Bot API reset.
 *
 * <p>How to write one:
 * <ul>
 * <li>Annotate the class with {@code @ServiceTest}; inject beans with {@code @Autowired} and the port with
 * {@code @LocalServerPort}. Do not add {@code @DirtiesContext}, {@code @DynamicPropertySource},
 * {@code @TestPropertySource}, nested {@code @TestConfiguration} classes or {@code @MockitoBean}: any of them
 * gives the class a context of its own and costs every build a service start.</li>
 * <li>Time: {@code @Autowired MutableClock clock} is the service's clock; {@code @ServiceTest(clock = "...")}
 * fixes it for the class, {@code clock.set}/{@code advance} move it.</li>
 * <li>Scheduled jobs do not run by themselves: call the job's method (e.g. {@code projector.catchUp()},
 * {@code dispatcher.deliverPending()}), run a package-private one with {@link ScheduledJobs#runOnce}, or
 * name the beans whose jobs should run in the background during the class with {@link #jobs()}.</li>
 * <li>Telegram: {@code @ServiceTest(telegram = true)} runs the Telegram channel (long polling) against the
 * shared {@code FakeTelegramBotApi}, which the class injects; otherwise the channel is off, as in a service
 * without a bot token.</li>
 * <li>Data stays for the whole class (a {@code @BeforeAll} may build it once); tests within a class keep to
 * their own chats, communes or guides, as before.</li>
 * <li>Rate limits: {@code LimitsInForce.use(...)} in a {@code @BeforeAll} puts low ones in force for the class;
 * the configured ones are back before the next class.</li>
 * </ul>
 * A test that needs a start-up no other test can live with (webhook mode with the Bot API down, no Tesseract,
 * a database it stops) is a {@link FaultsService}; one that truly needs yet another service starts it, says why
 * in a comment, and counts it in the README's figures.
 *
 * <p>The classes take turns on the service: each holds {@link #SHARED_SERVICE} while it runs, so classes that
 * start no service and the {@link FaultsService}'s classes run beside them (the parent pom's surefire
 * configuration).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(classes = DigitalHelpApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = ServiceTestSettings.class)
@Import(ServiceTestConfiguration.class)
@ExtendWith(FreshService.class)
@ResourceLock(ServiceTest.SHARED_SERVICE)
public @interface ServiceTest {

    /** The lock a class holds while it has the shared service to itself. */
    String SHARED_SERVICE = "vn.haugiang.digitalhelp.app.shared-service";

    /** The instant (ISO-8601) the service's clock shows, standing still, when the class starts; empty: the system clock. */
    String clock() default "";

    /** Whether the Telegram channel runs against the shared fake Bot API during the class. */
    boolean telegram() default false;

    /** Beans whose scheduled jobs run in the background during the class, each at its configured delay. */
    Class<?>[] jobs() default {};
}
