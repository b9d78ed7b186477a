package vn.haugiang.digitalhelp.app;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Awaitility's waits of every test class check their condition at once and then every 20 ms, not first after
 * 100 ms and then every 100 ms: most of the suite's waits (a reply at the fake Bot API, a stored update) are
 * over in a few milliseconds, and a hundred of them would each sit out the rest of the 100 ms. A wait that
 * needs another pace says so itself. Registered for every class by JUnit's extension detection
 * ({@code junit-platform.properties}, {@code META-INF/services}).
 */
public final class PromptPolls implements BeforeAllCallback {

    private static final Duration POLL = Duration.ofMillis(20);

    @Override
    public void beforeAll(ExtensionContext context) {
        Awaitility.setDefaultPollInterval(POLL);
        Awaitility.setDefaultPollDelay(Duration.ZERO);
    }
}
