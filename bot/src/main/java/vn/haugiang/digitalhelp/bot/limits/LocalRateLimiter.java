package vn.haugiang.digitalhelp.bot.limits;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

/**
 * One token bucket (Bucket4j) per key, kept in this instance's memory: a key that falls silent is
 * forgotten once its bucket would be full again. Used where a per-instance limit suffices (a client
 * behind a load balancer meets at most N times the limit with N instances). When the rate in force
 * changes ({@link LimitsInForce}), every key starts on a full bucket of the new rate.
 */
public final class LocalRateLimiter {

    private final Supplier<LimitsProperties.Rate> rateInForce;
    private volatile Buckets buckets;

    public LocalRateLimiter(Supplier<LimitsProperties.Rate> rateInForce) {
        this.rateInForce = rateInForce;
        this.buckets = new Buckets(rateInForce.get());
    }

    /** Takes one token for the key; empty when allowed, otherwise how long until one is free. */
    public Optional<Duration> take(String key) {
        ConsumptionProbe probe = bucketsOfRateInForce().take(key);
        if (probe.isConsumed()) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    private Buckets bucketsOfRateInForce() {
        LimitsProperties.Rate rate = rateInForce.get();
        Buckets current = buckets;
        if (!current.rate.equals(rate)) {
            current = new Buckets(rate);
            buckets = current;
        }
        return current;
    }

    /** The buckets of one rate, by key. */
    private static final class Buckets {

        private final LimitsProperties.Rate rate;
        private final Cache<String, Bucket> byKey;

        Buckets(LimitsProperties.Rate rate) {
            this.rate = rate;
            this.byKey = Caffeine.newBuilder().expireAfterAccess(rate.per()).maximumSize(100_000).build();
        }

        ConsumptionProbe take(String key) {
            return byKey.get(key, k -> newBucket()).tryConsumeAndReturnRemaining(1);
        }

        private Bucket newBucket() {
            return Bucket.builder()
                    .addLimit(Bandwidth.builder().capacity(rate.count()).refillGreedy(rate.count(), rate.per()).build())
                    .build();
        }
    }
}
