package vn.haugiang.digitalhelp.bot.telegram;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

import io.micrometer.core.instrument.MeterRegistry;
import vn.haugiang.digitalhelp.bot.BotProperties;
import vn.haugiang.digitalhelp.bot.chat.Channel;
import vn.haugiang.digitalhelp.bot.chat.ResidentMessages;
import vn.haugiang.digitalhelp.bot.chat.ResidentText;
import vn.haugiang.digitalhelp.bot.coordination.Leases;
import vn.haugiang.digitalhelp.bot.delivery.Outbox;
import vn.haugiang.digitalhelp.bot.delivery.OutboxEntry;
import vn.haugiang.digitalhelp.bot.delivery.RetryPolicy;
import vn.haugiang.digitalhelp.bot.inbox.ChatOrderedExecutor;
import vn.haugiang.digitalhelp.bot.inbox.InboxProcessor;
import vn.haugiang.digitalhelp.bot.protection.Pseudonyms;

/**
 * Delivers the outbox to Telegram, on the one instance holding the sender lease: a chat's messages in the
 * order they were stored, one at a time; within Telegram's limits ({@link Pacing}); after a 429 not before
 * the {@code retry_after} it names; after a server or network error with capped exponential backoff; a
 * message Telegram refuses for good (bot blocked, chat not found) is recorded undeliverable. On shutdown
 * it stops after the inbox has drained and lets the messages in flight finish.
 */
@Component
public class TelegramSender implements SmartLifecycle {

    static final String LEASE = "telegram-sender";
    private static final Logger log = LoggerFactory.getLogger(TelegramSender.class);
    private static final int BATCH = 500;
    private static final Duration IDLE = Duration.ofMillis(50);
    private static final Duration DRAIN = Duration.ofSeconds(5);

    private final TelegramConnection connection;
    private final Outbox outbox;
    private final Leases leases;
    private final RetryPolicy retries;
    private final Clock clock;
    private final MeterRegistry meters;
    private final Pseudonyms pseudonyms;
    private final BotProperties.Telegram settings;
    private final TelegramReplies replies;
    private final TelegramPictures pictures;
    /** When a chat's last delivery finished (nanoTime): a batch read before that may be stale for the chat. */
    private final Map<String, Long> finishedAt = new ConcurrentHashMap<>();
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
    private final BackgroundThread loop = new BackgroundThread("telegram-sender");
    /** After stop: keep sending what is due until nothing is, or until then (nanoTime). */
    private volatile long drainUntil = Long.MIN_VALUE;

    public TelegramSender(TelegramConnection connection, Outbox outbox, Leases leases, RetryPolicy retries, Clock clock,
                          MeterRegistry meters, Pseudonyms pseudonyms, BotProperties properties, ResidentMessages messages,
                          TelegramPictures pictures) {
        this.connection = connection;
        this.outbox = outbox;
        this.leases = leases;
        this.retries = retries;
        this.clock = clock;
        this.meters = meters;
        this.pseudonyms = pseudonyms;
        this.settings = properties.telegram();
        this.replies = new TelegramReplies(messages.get(ResidentText.BUTTON_SHARE_PHONE));
        this.pictures = pictures;
    }

    private void run() {
        Pacing pacing = new Pacing(settings.pacing());
        ChatOrderedExecutor workers = new ChatOrderedExecutor(settings.pacing().senderThreads(), "telegram-send");
        try {
            int dispatched = 0;
            boolean held = false;
            while (loop.running() || (System.nanoTime() < drainUntil && dispatched > 0)) {
                boolean holder = holdLease();
                if (holder && !held) {
                    // Whoever sent before may have used the chats' bursts just now: let the buckets refill first.
                    Thread.sleep(pacing.refillTime().toMillis());
                }
                held = holder;
                dispatched = holder ? dispatch(pacing, workers) : 0;
                if (dispatched == 0 && loop.running()) {
                    Thread.sleep(holder ? IDLE.toMillis() : 500);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            try {
                workers.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            leases.release(LEASE);
        }
    }

    private boolean holdLease() {
        try {
            return leases.acquire(LEASE, settings.lease());
        } catch (RuntimeException e) {
            log.warn("Cannot reach the database for the sender lease: {}", e.toString());
            return false;
        }
    }

    /** Hands each chat's next due message to a worker; returns how many went. */
    private int dispatch(Pacing pacing, ChatOrderedExecutor workers) {
        long readAt = System.nanoTime();
        List<OutboxEntry> batch;
        try {
            batch = outbox.pending(Channel.TELEGRAM, BATCH);
        } catch (RuntimeException e) {
            log.warn("Cannot read the outbox: {}", e.toString());
            return 0;
        }
        Instant now = clock.instant();
        // The lease was renewed just before this pass: stop well before it could run out mid-pass.
        long passEnds = readAt + settings.lease().toNanos() / 2;
        Set<String> seen = new HashSet<>();
        int dispatched = 0;
        for (OutboxEntry entry : batch) {
            if (System.nanoTime() > passEnds) {
                break;
            }
            String chat = entry.chatId();
            if (!seen.add(chat) || inFlight.contains(chat) || finishedAt.getOrDefault(chat, Long.MIN_VALUE) > readAt
                    || entry.nextAttemptAt().isAfter(now) || !pacing.chatHasToken(chat)) {
                continue;
            }
            inFlight.add(chat);
            workers.submit(chat, () -> {
                try {
                    // The tokens are taken just before the call, not when the entry is handed over: a message that
                    // waited in its lane must not then go out bunched with the next ones. The overall one first: the
                    // chat's token (at hand here, as the chat has no other message in flight) is taken right before
                    // the call, so a wait for the overall one cannot bunch the chat's messages at Telegram.
                    pacing.awaitOverall();
                    pacing.awaitChat(chat);
                    deliver(entry);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    finishedAt.put(chat, System.nanoTime());
                    inFlight.remove(chat);
                }
            });
            dispatched++;
        }
        finishedAt.values().removeIf(at -> at < readAt);
        return dispatched;
    }

    /** Sends the entry's next message (a long reply is several) and records the outcome. */
    private void deliver(OutboxEntry entry) {
        try {
            switch (entry.kind()) {
                case SEND -> sendNextPart(entry);
                case EDIT -> edit(entry);
                case COPY -> {
                    connection.call(replies.copy(entry.fromChatId(), Integer.parseInt(entry.target()), entry.chatId()));
                    outbox.sent(entry, null);
                }
            }
            meters.counter("digitalhelp.messages.out", "channel", "telegram").increment();
        } catch (TelegramApiRequestException refused) {
            refused(entry, refused);
        } catch (TelegramApiException unreachable) {
            retryLater(entry, unreachable.getClass().getSimpleName());
        } catch (NumberFormatException badTarget) {
            outbox.undeliverable(entry, "no such message");
        } catch (RuntimeException e) {
            log.warn("Outbox entry {} could not be recorded: {}", entry.id(), e.toString());
        }
    }

    private void sendNextPart(OutboxEntry entry) throws TelegramApiException {
        List<ReplyPart> parts = replies.parts(entry.chatId(), entry.reply());
        int part = Math.min(entry.partsSent(), parts.size() - 1);
        String messageId = send(entry, parts.get(part));
        if (part + 1 < parts.size()) {
            outbox.partSent(entry, part + 1, messageId);
        } else {
            outbox.sent(entry, messageId);
        }
    }

    /**
     * Sends one part; returns the message id the entry keeps: a text's own, for pictures the text's before
     * them (the one carrying the buttons, which a later edit may change).
     */
    private String send(OutboxEntry entry, ReplyPart part) throws TelegramApiException {
        if (part instanceof ReplyPart.Pictures step) {
            pictures.send(entry.chatId(), step.pictures());
            return entry.messageId();
        }
        Message sent = connection.call(((ReplyPart.Text) part).message());
        return sent == null || sent.getMessageId() == null ? null : String.valueOf(sent.getMessageId());
    }

    private void edit(OutboxEntry entry) throws TelegramApiException {
        String target = entry.target();
        if (target.startsWith(OutboxEntry.REFERENCE)) {
            OutboxEntry original = outbox.find(target).orElse(null);
            if (original == null || original.state() == OutboxEntry.State.UNDELIVERABLE || original.messageId() == null) {
                outbox.undeliverable(entry, "the message to edit was never delivered");
                return;
            }
            target = original.messageId();
        }
        connection.call(replies.edit(entry.chatId(), Integer.parseInt(target), entry.reply()));
        outbox.sent(entry, target);
    }

    private void refused(OutboxEntry entry, TelegramApiRequestException refused) {
        Integer code = refused.getErrorCode();
        String reason = "HTTP " + code + " " + refused.getApiResponse();
        if (code != null && code == 429) {
            Integer retryAfter = refused.getParameters() == null ? null : refused.getParameters().getRetryAfter();
            meters.counter("digitalhelp.telegram.flood.waits").increment();
            outbox.retryAt(entry, clock.instant().plusSeconds(retryAfter == null ? 1 : retryAfter), reason);
        } else if (code == null || code >= 500) {
            retryLater(entry, reason);
        } else if (entry.kind() == OutboxEntry.Kind.EDIT && String.valueOf(refused.getApiResponse()).contains("not modified")) {
            outbox.sent(entry, entry.target());
        } else {
            meters.counter("digitalhelp.telegram.undeliverable").increment();
            log.info("Telegram refused a message to resident {} for good: {}",
                    pseudonyms.of(Channel.TELEGRAM, entry.chatId()), reason);
            outbox.undeliverable(entry, reason);
        }
    }

    private void retryLater(OutboxEntry entry, String reason) {
        meters.counter("digitalhelp.telegram.api.errors").increment();
        int attempts = entry.attempts() + 1;
        if (retries.exhausted(attempts)) {
            outbox.undeliverable(entry, "gave up after " + attempts + " attempts: " + reason);
        } else {
            outbox.retryAt(entry, clock.instant().plus(retries.delayAfter(attempts)), reason);
        }
    }

    @Override
    public void start() {
        if (connection.enabled()) {
            loop.start(this::run);
        }
    }

    /** Stops after the inbox (which may still queue replies), sending what is due for a few seconds more. */
    @Override
    public void stop() {
        drainUntil = System.nanoTime() + DRAIN.toNanos();
        loop.stop(DRAIN.plusSeconds(15), false);
    }

    @Override
    public boolean isRunning() {
        return loop.started();
    }

    @Override
    public int getPhase() {
        return InboxProcessor.PHASE_INBOX - 100;
    }
}
