package vn.haugiang.digitalhelp.bot.telegram;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import vn.haugiang.digitalhelp.bot.BotProperties;

/**
 * Telegram's sending limits as token buckets (Bucket4j): one for all chats, one per chat. A message goes
 * when both have a token, taken right before the call; a chat without a token is not handed out for now.
 *
 * <p>A token is taken only when the bucket holds one at that moment; a sender that must wait reserves none. A
 * token reserved for a later moment would be spent whenever its waiting thread wakes: after a stall (a garbage
 * collection pause, a busy machine) the threads whose moments passed would all send at once, on top of the
 * burst the bucket refilled meanwhile, which Telegram counts as a flood.
 */
final class Pacing {

    /** Waits a number of nanoseconds (a thread's sleep; a test's clock). */
    @FunctionalInterface
    interface Pause {
        void nanos(long nanos) throws InterruptedException;
    }

    private final BotProperties.Pacing limits;
    private final TimeMeter time;
    private final Pause pause;
    private final Bucket overall;
    private final Cache<String, Bucket> perChat = Caffeine.newBuilder().expireAfterAccess(Duration.ofMinutes(2)).build();

    Pacing(BotProperties.Pacing limits) {
        this(limits, TimeMeter.SYSTEM_NANOTIME, TimeUnit.NANOSECONDS::sleep);
    }

    Pacing(BotProperties.Pacing limits, TimeMeter time, Pause pause) {
        this.limits = limits;
        this.time = time;
        this.pause = pause;
        this.overall = bucket(limits.burst(), limits.perSecond());
    }

    /** How long empty buckets take to fill again. */
    Duration refillTime() {
        double seconds = Math.max(limits.burst() / limits.perSecond(), limits.perChatBurst() / limits.perChatPerSecond());
        return Duration.ofMillis((long) Math.ceil(seconds * 1000));
    }

    /** Whether this chat's bucket has a token now (without taking it). */
    boolean chatHasToken(String chatId) {
        return chatBucket(chatId).getAvailableTokens() >= 1;
    }

    /** Waits for a token of this chat's bucket and takes it. */
    void awaitChat(String chatId) throws InterruptedException {
        take(chatBucket(chatId));
    }

    /** Waits for a token of the overall bucket and takes it. */
    void awaitOverall() throws InterruptedException {
        take(overall);
    }

    private void take(Bucket bucket) throws InterruptedException {
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        while (!probe.isConsumed()) {
            pause.nanos(probe.getNanosToWaitForRefill());
            probe = bucket.tryConsumeAndReturnRemaining(1);
        }
    }

    private Bucket chatBucket(String chatId) {
        return perChat.get(chatId, id -> bucket(limits.perChatBurst(), limits.perChatPerSecond()));
    }

    private Bucket bucket(int burst, double perSecond) {
        long nanosPerToken = (long) (TimeUnit.SECONDS.toNanos(1) / perSecond);
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(burst).refillGreedy(1, Duration.ofNanos(nanosPerToken)).build())
                .withCustomTimePrecision(time)
                .build();
    }
}
