package vn.haugiang.digitalhelp.bot.telegram;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.objects.Update;

import io.micrometer.core.instrument.MeterRegistry;
import vn.haugiang.digitalhelp.bot.inbox.InboxProcessor;
import vn.haugiang.digitalhelp.bot.inbox.UpdateInbox;

/**
 * Where Telegram updates come in, polled or pushed: each is stored in the inbox under its update id
 * (a redelivery is recognised and ignored) and its chat is then handled asynchronously. Updates the bot
 * does not answer (groups, channels, edits) are acknowledged and dropped.
 */
@Component
class TelegramIntake {

    static final String CHAT_PREFIX = "telegram:";

    private final BotApiJson json;
    private final UpdateInbox inbox;
    private final InboxProcessor processor;
    private final MeterRegistry meters;

    TelegramIntake(BotApiJson json, UpdateInbox inbox, InboxProcessor processor, MeterRegistry meters) {
        this.json = json;
        this.inbox = inbox;
        this.processor = processor;
        this.meters = meters;
    }

    /** Stores a polled update. */
    void accept(Update update) {
        accept(update, json.write(update));
    }

    /** Stores the update (its JSON as received) and asks for its chat to be handled. Throws when it cannot be stored. */
    void accept(Update update, String json) {
        Optional<String> chat = TelegramUpdates.chatOf(update);
        if (chat.isEmpty()) {
            return;
        }
        String chatKey = CHAT_PREFIX + chat.get();
        if (inbox.store(update.getUpdateId(), chatKey, json)) {
            meters.counter("digitalhelp.messages.in", "channel", "telegram").increment();
            processor.submit(chatKey);
        } else {
            meters.counter("digitalhelp.telegram.redeliveries").increment();
        }
    }
}
