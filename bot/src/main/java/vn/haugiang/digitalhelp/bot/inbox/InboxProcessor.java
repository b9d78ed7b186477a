package vn.haugiang.digitalhelp.bot.inbox;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import vn.haugiang.digitalhelp.bot.coordination.Leases;

/**
 * Handles stored updates: a chat's updates one at a time in update id order, on whichever instance holds
 * the chat's lease. Whoever stores an update asks for its chat to be handled; a periodic check picks up
 * updates left waiting by a crashed instance or by a race between two instances. On shutdown it stops
 * taking chats and lets the lanes finish what they started.
 */
@Component
public class InboxProcessor implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(InboxProcessor.class);
    private static final int BATCH = 20;

    private final UpdateInbox inbox;
    private final InboxHandler handler;
    private final Leases leases;
    private final InboxProperties properties;
    private final Clock clock;
    private final Set<String> queuedChats = ConcurrentHashMap.newKeySet();
    private ChatOrderedExecutor lanes;
    /** False once stopping: the update in hand is finished, the rest wait in the inbox for any instance. */
    private volatile boolean accepting;

    public InboxProcessor(UpdateInbox inbox, InboxHandler handler, Leases leases, InboxProperties properties,
                          Clock clock, MeterRegistry meters) {
        this.inbox = inbox;
        this.handler = handler;
        this.leases = leases;
        this.properties = properties;
        this.clock = clock;
        Gauge.builder("digitalhelp.inbox.waiting", inbox, UpdateInbox::waitingCount)
                .description("Stored updates not handled yet").register(meters);
    }

    /** Asks for the chat's waiting updates to be handled (soon, on this instance, unless another has the chat). */
    public synchronized void submit(String chatKey) {
        if (lanes != null && queuedChats.add(chatKey)) {
            lanes.submit(chatKey, () -> drain(chatKey));
        }
    }

    @Scheduled(fixedDelayString = "${digitalhelp.bot.inbox.recovery-check:2s}")
    void recoverWaiting() {
        inbox.chatsWaitingSince(clock.instant().minus(properties.recoverAfter()), 200).forEach(this::submit);
    }

    private void drain(String chatKey) {
        queuedChats.remove(chatKey);
        if (!accepting) {
            return;
        }
        String lease = "chat:" + chatKey;
        try {
            while (accepting && leases.acquire(lease, properties.chatLease())) {
                try {
                    handleWaiting(chatKey, lease);
                } finally {
                    leases.release(lease);
                }
                // An update stored while we held the chat may have lost its own race for the lease: look again.
                if (inbox.waiting(chatKey, 1).isEmpty()) {
                    return;
                }
            }
        } catch (RuntimeException e) {
            log.warn("Inbox unavailable while handling a chat; the updates wait for the next check: {}", e.toString());
        }
    }

    private void handleWaiting(String chatKey, String lease) {
        for (List<InboxEntry> batch = inbox.waiting(chatKey, BATCH); !batch.isEmpty(); batch = inbox.waiting(chatKey, BATCH)) {
            for (InboxEntry entry : batch) {
                if (!accepting || !leases.acquire(lease, properties.chatLease())) {
                    return;
                }
                try {
                    handler.handle(entry);
                    inbox.processed(entry.updateId());
                } catch (RuntimeException e) {
                    log.warn("Update {} could not be handled (attempt {}): {}", entry.updateId(), entry.attempts() + 1,
                            e.toString());
                    inbox.failed(entry, properties.maxAttempts());
                    return;
                }
            }
        }
    }

    @Override
    public synchronized void start() {
        lanes = new ChatOrderedExecutor(properties.lanes(), "inbox-chat");
        accepting = true;
    }

    @Override
    public void stop() {
        ChatOrderedExecutor running;
        synchronized (this) {
            running = lanes;
            lanes = null;
            accepting = false;
        }
        if (running != null) {
            try {
                running.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return lanes != null;
    }

    /** Starts before and stops after the channels that feed it, and before the outbox sender stops. */
    @Override
    public int getPhase() {
        return PHASE_INBOX;
    }

    public static final int PHASE_INBOX = SmartLifecycle.DEFAULT_PHASE - 200;
}
