package vn.haugiang.digitalhelp.bot.telegram;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import vn.haugiang.digitalhelp.bot.BotProperties;

/**
 * Telegram's sending limits as token buckets (Bucket4j): one for all chats, one per chat. A message goes
 * when both have a token, taken right before the call; a chat without a token is not handed out for now.
 */
final class Pacing {

    private final BotProperties.Pacing limits;
    private final Bucket overall;
    private final Cache<String, Bucket> perChat = Caffeine.newBuilder().expireAfterAccess(Duration.ofMinutes(2)).build();

    Pacing(BotProperties.Pacing limits) {
        this.limits = limits;
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

    /** Waits for a token of this chat's bucket. */
    void awaitChat(String chatId) throws InterruptedException {
        chatBucket(chatId).asBlocking().consume(1);
    }

    private Bucket chatBucket(String chatId) {
        return perChat.get(chatId, id -> bucket(limits.perChatBurst(), limits.perChatPerSecond()));
    }

    /** Waits for a token of the overall bucket. */
    void awaitOverall() throws InterruptedException {
        overall.asBlocking().consume(1);
    }

    private static Bucket bucket(int burst, double perSecond) {
        long nanosPerToken = (long) (TimeUnit.SECONDS.toNanos(1) / perSecond);
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(burst).refillGreedy(1, Duration.ofNanos(nanosPerToken)).build())
                .build();
    }
}
