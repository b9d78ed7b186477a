package vn.haugiang.digitalhelp.bot.delivery;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How failed deliveries are retried ({@code digitalhelp.bot.retry.*}): the wait doubles from
 * {@code initial} up to {@code max}; after {@code maxAttempts} failures a notice or follow-up is given up.
 */
@ConfigurationProperties("digitalhelp.bot.retry")
public record RetryProperties(
        @DefaultValue("1s") Duration initial,
        @DefaultValue("2.0") double multiplier,
        @DefaultValue("5m") Duration max,
        @DefaultValue("8") int maxAttempts) {
}
