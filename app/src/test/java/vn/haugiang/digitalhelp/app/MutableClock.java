package vn.haugiang.digitalhelp.app;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock tests move by hand, so deadlines pass without sleeping. It follows the system clock until a test
 * sets it; from then on it stands still except when moved. {@link #followSystem()} lets it run again.
 */
public final class MutableClock extends Clock {

    /** The fixed time, or null while the clock follows the system clock. */
    private volatile Instant fixed;

    /** A clock that follows the system clock until it is set. */
    public MutableClock() {
    }

    public MutableClock(Instant start) {
        this.fixed = start;
    }

    /** Moves the clock on; a clock that followed the system clock stands still from then on. */
    public synchronized void advance(Duration duration) {
        fixed = instant().plus(duration);
    }

    public void set(Instant instant) {
        fixed = instant;
    }

    public void followSystem() {
        fixed = null;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        MutableClock clock = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return clock.withZone(other);
            }

            @Override
            public Instant instant() {
                return clock.instant();
            }
        };
    }

    @Override
    public Instant instant() {
        Instant now = fixed;
        return now != null ? now : Instant.now();
    }
}
