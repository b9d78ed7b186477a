package vn.haugiang.digitalhelp.bot.inbox;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Runs work for many chats in parallel while keeping each chat's messages in the order they came:
 * a chat is always served by the same single-threaded lane.
 */
public final class ChatOrderedExecutor implements AutoCloseable {

    private final List<ExecutorService> lanes = new ArrayList<>();

    public ChatOrderedExecutor(int lanes, String threadName) {
        for (int i = 0; i < lanes; i++) {
            String name = threadName + "-" + i;
            this.lanes.add(Executors.newSingleThreadExecutor(runnable -> {
                Thread thread = new Thread(runnable, name);
                thread.setDaemon(true);
                return thread;
            }));
        }
    }

    public void submit(String chatId, Runnable work) {
        lanes.get(Math.floorMod(chatId.hashCode(), lanes.size())).execute(work);
    }

    /** Stops taking work and lets what was submitted finish (up to 10 s a lane). */
    @Override
    public void close() throws InterruptedException {
        lanes.forEach(ExecutorService::shutdown);
        for (ExecutorService lane : lanes) {
            lane.awaitTermination(10, TimeUnit.SECONDS);
        }
    }
}
