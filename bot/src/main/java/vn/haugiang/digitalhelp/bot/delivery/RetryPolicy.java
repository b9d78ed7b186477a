package vn.haugiang.digitalhelp.bot.delivery;

import java.time.Duration;

import org.springframework.stereotype.Component;

import io.github.resilience4j.core.IntervalFunction;

/**
 * The one retry policy of everything that talks to a chat or to Telegram: capped exponential backoff
 * (resilience4j's interval function) and a cap on attempts.
 */
@Component
public class RetryPolicy {

    private final IntervalFunction intervals;
    private final int maxAttempts;

    public RetryPolicy(RetryProperties properties) {
        this.intervals = IntervalFunction.ofExponentialBackoff(properties.initial(), properties.multiplier(),
                properties.max());
        this.maxAttempts = properties.maxAttempts();
    }

    /** How long to wait after the {@code attempts}-th failure in a row (1 for the first). */
    public Duration delayAfter(int attempts) {
        return Duration.ofMillis(intervals.apply(Math.max(1, attempts)));
    }

    /** Whether an operation that failed {@code attempts} times should be given up. */
    public boolean exhausted(int attempts) {
        return attempts >= maxAttempts;
    }
}
