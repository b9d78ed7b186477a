package vn.haugiang.digitalhelp.bot.telegram;

import java.time.Duration;

/** One named daemon thread doing a loop for a lifecycle bean, asked to stop by a flag and then waited for. */
final class BackgroundThread {

    private final String name;
    private volatile boolean running;
    private Thread thread;

    BackgroundThread(String name) {
        this.name = name;
    }

    synchronized void start(Runnable loop) {
        running = true;
        thread = new Thread(loop, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** Whether the loop should go on. */
    boolean running() {
        return running;
    }

    synchronized boolean started() {
        return thread != null;
    }

    /**
     * Asks the loop to stop (interrupting it when {@code interrupt}) and waits up to {@code patience} for it;
     * false if it was not running.
     */
    boolean stop(Duration patience, boolean interrupt) {
        Thread stopping;
        synchronized (this) {
            stopping = thread;
            thread = null;
            running = false;
        }
        if (stopping == null) {
            return false;
        }
        if (interrupt) {
            stopping.interrupt();
        }
        try {
            stopping.join(patience.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return true;
    }
}
