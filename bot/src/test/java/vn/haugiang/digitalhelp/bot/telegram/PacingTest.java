package vn.haugiang.digitalhelp.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.github.bucket4j.TimeMeter;
import vn.haugiang.digitalhelp.bot.BotProperties;

/** Sends within Telegram's limits on a clock of the test's own: a pause moves it by what was asked, a stall by more. */
class PacingTest {

    /** 2 at once, then one every 100 ms; a chat the same. */
    private static final BotProperties.Pacing LIMITS = new BotProperties.Pacing(10, 2, 10, 2, 8);
    private static final long MILLI = TimeUnit.MILLISECONDS.toNanos(1);

    private final Clock clock = new Clock();

    @Test
    void sendsTheBurstAtOnceThenOneAtTheRate() throws InterruptedException {
        Pacing pacing = new Pacing(LIMITS, clock, clock::advance);

        assertThat(sendTimes(5, pacing::awaitOverall)).containsExactly(0L, 0L, 100L, 200L, 300L);
    }

    @Test
    void aSenderWakingLateTakesWhatTheBucketHoldsThenNotAReservedMoment() throws InterruptedException {
        // The first wait (100 ms asked) oversleeps by 900 ms, as after a collection pause: the bucket is full again
        // then, so two go at once; the third waits its 100 ms as if the stall had not been.
        clock.stallNextPause(TimeUnit.SECONDS.toNanos(1));
        Pacing pacing = new Pacing(LIMITS, clock, clock::advance);

        assertThat(sendTimes(5, pacing::awaitOverall)).containsExactly(0L, 0L, 1000L, 1000L, 1100L);
    }

    @Test
    void aChatHasATokenAgainOnceItsBucketRefills() throws InterruptedException {
        Pacing pacing = new Pacing(LIMITS, clock, clock::advance);
        pacing.awaitChat("7");
        pacing.awaitChat("7");

        assertThat(pacing.chatHasToken("7")).as("after its burst").isFalse();
        assertThat(pacing.chatHasToken("8")).as("another chat").isTrue();
        clock.advance(100 * MILLI);
        assertThat(pacing.chatHasToken("7")).as("100 ms later").isTrue();
    }

    /** The clock's milliseconds at which each of the sends got its token. */
    private List<Long> sendTimes(int sends, Send send) throws InterruptedException {
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < sends; i++) {
            send.awaitToken();
            times.add(Math.round(clock.currentTimeNanos() / (double) MILLI));
        }
        return times;
    }

    @FunctionalInterface
    private interface Send {
        void awaitToken() throws InterruptedException;
    }

    private static final class Clock implements TimeMeter {
        private long nanos;
        private long stall;

        void stallNextPause(long nanos) {
            stall = nanos;
        }

        void advance(long asked) {
            nanos += Math.max(asked, stall);
            stall = 0;
        }

        @Override
        public long currentTimeNanos() {
            return nanos;
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }
    }
}
