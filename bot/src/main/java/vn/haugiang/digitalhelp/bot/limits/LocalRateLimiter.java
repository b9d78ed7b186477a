package vn.haugiang.digitalhelp.bot.limits;

import java.time.Duration;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

/**
 * One token bucket (Bucket4j) per key, kept in this instance's memory: a key that falls silent is
 * forgotten once its bucket would be full again. Used where a per-instance limit suffices (a client
 * behind a load balancer meets at most N times the limit with N instances).
 */
public final class LocalRateLimiter {

    private final LimitsProperties.Rate rate;
    private final Cache<String, Bucket> buckets;

    public LocalRateLimiter(LimitsProperties.Rate rate) {
        this.rate = rate;
        this.buckets = Caffeine.newBuilder().expireAfterAccess(rate.per()).maximumSize(100_000).build();
    }

    /** Takes one token for the key; empty when allowed, otherwise how long until one is free. */
    public Optional<Duration> take(String key) {
        ConsumptionProbe probe = buckets.get(key, k -> newBucket()).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(rate.count()).refillGreedy(rate.count(), rate.per()).build())
                .build();
    }
}
