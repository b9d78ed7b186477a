package vn.haugiang.digitalhelp.bot.limits;

import java.time.Duration;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * How fast the web chat may be used: per client address and per visitor session, each a token bucket
 * in this instance's memory (Bucket4j). Per instance suffices here: the limit protects this instance's
 * threads and search, and with N instances a client meets at most N times the limit.
 */
@Component
public class ChatRateLimits {

    private final LocalRateLimiter perAddress;
    private final LocalRateLimiter perResident;

    public ChatRateLimits(LimitsInForce limits) {
        this.perAddress = new LocalRateLimiter(() -> limits.current().chatPerAddress());
        this.perResident = new LocalRateLimiter(() -> limits.current().chatPerResident());
    }

    /** Empty when the address may send another message, otherwise how long it must wait. */
    public Optional<Duration> forAddress(String address) {
        return perAddress.take(address);
    }

    /** Empty when the session may send another message, otherwise how long it must wait. */
    public Optional<Duration> forResident(String sessionId) {
        return perResident.take(sessionId);
    }
}
