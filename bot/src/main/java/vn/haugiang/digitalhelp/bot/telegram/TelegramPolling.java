package vn.haugiang.digitalhelp.bot.telegram;

import java.net.URI;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

import io.micrometer.core.instrument.MeterRegistry;
import vn.haugiang.digitalhelp.bot.BotProperties;
import vn.haugiang.digitalhelp.bot.chat.Channel;
import vn.haugiang.digitalhelp.bot.conversation.Conversation;
import vn.haugiang.digitalhelp.bot.chat.ResidentMessages;
import vn.haugiang.digitalhelp.bot.chat.ResidentText;
import vn.haugiang.digitalhelp.bot.delivery.Messengers;
import vn.haugiang.digitalhelp.bot.protection.Pseudonyms;

/**
 * Starts Telegram long polling with the service when a bot token is configured, against the
 * configured Bot API server, and stops it cleanly on shutdown. (Wired by hand: the TelegramBots Spring
 * starter is not used.)
 */
@Component
public class TelegramPolling implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TelegramPolling.class);
    private static final java.util.List<String> ALLOWED_UPDATES = java.util.List.of("message", "callback_query");

    private final BotProperties.Telegram settings;
    private final Conversation conversation;
    private final Pseudonyms pseudonyms;
    private final MeterRegistry meters;
    private final Messengers messengers;
    private final ResidentMessages messages;
    private TelegramBotsLongPollingApplication polling;
    private TelegramBot bot;

    public TelegramPolling(BotProperties properties, Conversation conversation, Pseudonyms pseudonyms,
                           MeterRegistry meters, Messengers messengers, ResidentMessages messages) {
        this.settings = properties.telegram();
        this.conversation = conversation;
        this.pseudonyms = pseudonyms;
        this.meters = meters;
        this.messengers = messengers;
        this.messages = messages;
    }

    @Override
    public synchronized void start() {
        if (!settings.enabled()) {
            log.info("Telegram is off: set TELEGRAM_BOT_TOKEN to turn it on");
            return;
        }
        TelegramUrl url = telegramUrl(settings.apiUrl());
        TelegramReplies replies = new TelegramReplies(new OkHttpTelegramClient(settings.token(), url),
                messages.get(ResidentText.BUTTON_SHARE_PHONE));
        bot = new TelegramBot(conversation, replies, pseudonyms, settings.workerThreads(), meters,
                messages.get(ResidentText.SERVICE_FAILED));
        messengers.register(new TelegramMessenger(replies));
        polling = new TelegramBotsLongPollingApplication();
        try {
            polling.registerBot(settings.token(), () -> url, new DefaultGetUpdatesGenerator(ALLOWED_UPDATES), bot);
            log.info("Telegram long polling started against {}://{}:{}", url.getSchema(), url.getHost(), url.getPort());
        } catch (TelegramApiException e) {
            throw new IllegalStateException("Cannot start Telegram long polling: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void stop() {
        if (polling == null) {
            return;
        }
        messengers.unregister(Channel.TELEGRAM);
        try {
            polling.close();
            bot.close();
        } catch (Exception e) {
            log.warn("Telegram long polling did not stop cleanly: {}", e.toString());
        } finally {
            polling = null;
            bot = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return polling != null;
    }

    static TelegramUrl telegramUrl(String apiUrl) {
        URI uri = URI.create(apiUrl);
        boolean https = "https".equalsIgnoreCase(uri.getScheme());
        int port = uri.getPort() > 0 ? uri.getPort() : (https ? 443 : 80);
        return new TelegramUrl(https ? "https" : "http", uri.getHost(), port, false);
    }
}
