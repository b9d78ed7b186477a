package vn.haugiang.digitalhelp.bot.telegram;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

import vn.haugiang.digitalhelp.bot.BotProperties;
import vn.haugiang.digitalhelp.bot.delivery.RetryPolicy;

/**
 * In webhook mode, tells Telegram where to push updates ({@code setWebhook} with the URL, the secret and
 * the update types the bot reads), in the background and again with capped backoff until it succeeds,
 * so the service starts whether or not the Bot API server is reachable.
 */
@Component
class WebhookRegistration implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(WebhookRegistration.class);

    private final TelegramConnection connection;
    private final RetryPolicy retries;
    private final BotProperties.Telegram settings;
    private final BackgroundThread registering = new BackgroundThread("telegram-webhook-registration");

    WebhookRegistration(TelegramConnection connection, RetryPolicy retries, BotProperties properties) {
        this.connection = connection;
        this.retries = retries;
        this.settings = properties.telegram();
        if (settings.webhook() && (blank(settings.webhookUrl()) || blank(settings.webhookSecret()))) {
            throw new IllegalStateException(
                    "TELEGRAM_MODE=webhook needs TELEGRAM_WEBHOOK_URL and TELEGRAM_WEBHOOK_SECRET");
        }
    }

    private void register() {
        SetWebhook request = SetWebhook.builder()
                .url(settings.webhookUrl().replaceFirst("/+$", "") + TelegramWebhook.PATH)
                .secretToken(settings.webhookSecret())
                .allowedUpdates(TelegramPoller.ALLOWED_UPDATES)
                .build();
        for (int attempt = 1; registering.running(); attempt++) {
            try {
                connection.setWebhook(request);
                log.info("Telegram webhook set");
                return;
            } catch (TelegramApiException | RuntimeException e) {
                long wait = retries.delayAfter(attempt).toMillis();
                log.warn("setWebhook failed ({}); trying again in {} ms", e.getClass().getSimpleName(), wait);
                try {
                    Thread.sleep(wait);
                } catch (InterruptedException stopped) {
                    return;
                }
            }
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    @Override
    public void start() {
        if (settings.webhook()) {
            registering.start(this::register);
        }
    }

    @Override
    public void stop() {
        registering.stop(Duration.ofSeconds(5), true);
    }

    @Override
    public boolean isRunning() {
        return registering.started();
    }
}
