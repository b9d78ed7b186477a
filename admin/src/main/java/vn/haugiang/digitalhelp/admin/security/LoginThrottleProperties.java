package vn.haugiang.digitalhelp.admin.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How wrong passwords slow down further sign-in attempts ({@code digitalhelp.admin.login.*}). After the
 * free failures, each further failure makes the next attempt wait twice as long as the one before,
 * starting at {@code first-wait}, up to the cap. Nothing locks: the wait ends by itself.
 *
 * @param freeFailuresPerAddress failures from one client address before it must wait (spraying many names)
 * @param maxWaitPerAddress      the longest wait of one address
 * @param freeFailuresPerUser    failures for one user name, from anywhere, before it must wait
 * @param maxWaitPerUser         the longest wait of one user name, kept short so nobody can keep a
 *                               real user out for long from elsewhere
 * @param firstWait              the first wait after the free failures
 */
@ConfigurationProperties("digitalhelp.admin.login")
public record LoginThrottleProperties(
        @DefaultValue("10") int freeFailuresPerAddress,
        @DefaultValue("15m") Duration maxWaitPerAddress,
        @DefaultValue("20") int freeFailuresPerUser,
        @DefaultValue("1m") Duration maxWaitPerUser,
        @DefaultValue("1s") Duration firstWait) {
}
