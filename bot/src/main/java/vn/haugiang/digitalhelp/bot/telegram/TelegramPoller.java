package vn.haugiang.digitalhelp.bot.telegram;

import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.methods.updates.DeleteWebhook;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

import vn.haugiang.digitalhelp.bot.BotProperties;
import vn.haugiang.digitalhelp.bot.coordination.Leases;
import vn.haugiang.digitalhelp.bot.delivery.RetryPolicy;
import vn.haugiang.digitalhelp.bot.inbox.InboxProcessor;

/**
 * Long polling in polling mode, by the one instance holding the poller lease (another takes over when it
 * stops renewing). The offset that confirms updates to Telegram moves past an update only after the
 * update is stored in the inbox. When the Bot API server cannot be reached it tries again with capped
 * exponential backoff; the rest of the service runs meanwhile.
 */
@Component
public class TelegramPoller implements SmartLifecycle {

    static final String LEASE = "telegram-poller";
    static final List<String> ALLOWED_UPDATES = List.of("message", "callback_query");
    private static final Logger log = LoggerFactory.getLogger(TelegramPoller.class);

    private final TelegramConnection connection;
    private final TelegramIntake intake;
    private final Leases leases;
    private final RetryPolicy retries;
    private final BotProperties.Telegram settings;
    private final BackgroundThread loop = new BackgroundThread("telegram-poller");

    public TelegramPoller(TelegramConnection connection, TelegramIntake intake, Leases leases, RetryPolicy retries,
                          BotProperties properties) {
        this.connection = connection;
        this.intake = intake;
        this.leases = leases;
        this.retries = retries;
        this.settings = properties.telegram();
    }

    private void run() {
        long offset = 0;
        boolean polling = false;
        int failures = 0;
        while (loop.running()) {
            try {
                if (!leases.acquire(LEASE, settings.lease())) {
                    polling = false;
                    Thread.sleep(1000);
                    continue;
                }
                if (!polling) {
                    connection.call(DeleteWebhook.builder().dropPendingUpdates(false).build());
                    log.info("This instance now polls Telegram");
                    polling = true;
                }
                offset = poll(offset);
                failures = 0;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (TelegramApiException | RuntimeException e) {
                failures++;
                long wait = retries.delayAfter(failures).toMillis();
                log.warn("Telegram polling failed ({}); trying again in {} ms", e.getClass().getSimpleName(), wait);
                sleepQuietly(wait);
            }
        }
    }

    /** One long poll; returns the next offset, past the updates now stored. */
    private long poll(long offset) throws TelegramApiException {
        List<Update> updates = connection.call(GetUpdates.builder()
                .offset((int) offset)
                .timeout((int) settings.pollTimeout().toSeconds())
                .allowedUpdates(ALLOWED_UPDATES)
                .build());
        long next = offset;
        for (Update update : updates) {
            intake.accept(update);
            next = Math.max(next, update.getUpdateId() + 1L);
        }
        return next;
    }

    private void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            loop.stop(Duration.ZERO, false);
        }
    }

    @Override
    public void start() {
        if (!connection.enabled()) {
            log.info("Telegram is off: set TELEGRAM_BOT_TOKEN to turn it on");
        } else if (!settings.webhook()) {
            loop.start(this::run);
        }
    }

    @Override
    public void stop() {
        if (loop.stop(settings.pollTimeout().plusSeconds(5), false)) {
            leases.release(LEASE);
        }
    }

    @Override
    public boolean isRunning() {
        return loop.started();
    }

    /** Stops first, so the inbox drains what it stored. */
    @Override
    public int getPhase() {
        return InboxProcessor.PHASE_INBOX + 100;
    }
}
