package vn.haugiang.digitalhelp.bot.interaction;

import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.stereotype.Component;

/**
 * Tells this instance's projector that a turn or an event was written here since it last looked, so an
 * idle projector does not query the log every second (on the embedded server a query for pending
 * records reads the whole collection; it ignores the partial index). Records written by other
 * instances are found by the projector's periodic sweep.
 */
@Component
class NewRecords {

    private final AtomicBoolean written = new AtomicBoolean(true);

    void written() {
        written.set(true);
    }

    /** True once after each write (and at start-up). */
    boolean take() {
        return written.getAndSet(false);
    }
}
