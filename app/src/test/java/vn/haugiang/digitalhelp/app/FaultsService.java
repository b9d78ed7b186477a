package vn.haugiang.digitalhelp.app;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * A test of the service started into hostile surroundings, sharing ONE Spring context with the other
 * faults tests of the build (a context of its own besides {@link ServiceTest}'s, because each of these
 * needs a start-up no other test can live with): webhook mode while nothing answers at the Bot API's
 * address, no Tesseract, a MongoDB-wire server of its own that a test stops and starts again, keys from the
 * environment (production mode), 200 ms retries, inbox recovery every 500 ms, ten turn writes kept while MongoDB is away, and the
 * pacing {@code TwoInstancesWebhookTest} checks. {@link Faults} holds those surroundings.
 *
 * <p>The classes run one after another on the test engine's own thread, in the order of their {@code @Order}
 * (JUnit's class orderer, {@code junit-platform.properties}), while the {@link ServiceTest} classes take turns on
 * the other lane: the one that proves the start with the Bot API down comes first, the one that stops its
 * MongoDB (and starts it again) comes last ({@link #FIRST} … {@link #LAST}); {@code TwoInstancesWebhookTest} is
 * isolated and runs alone after every class.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(classes = DigitalHelpApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = Faults.class)
@Import(Faults.Surroundings.class)
@Execution(ExecutionMode.SAME_THREAD)
public @interface FaultsService {

    /** Order of the class that must meet the service as it started: the Bot API still down. */
    int FIRST = Order.DEFAULT + 1;
    /** Order of the classes in between, which leave the surroundings as they found them. */
    int BETWEEN = Order.DEFAULT + 2;
    /** Order of the class whose step is destructive (MongoDB stopped, then started again), after the lane's others. */
    int LAST = Order.DEFAULT + 3;
}
