package vn.haugiang.digitalhelp.bot.telegram;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

import io.micrometer.core.instrument.MeterRegistry;
import vn.haugiang.digitalhelp.bot.chat.Channel;
import vn.haugiang.digitalhelp.bot.chat.InboundMessage;
import vn.haugiang.digitalhelp.bot.chat.Reply;
import vn.haugiang.digitalhelp.bot.chat.ResidentMessages;
import vn.haugiang.digitalhelp.bot.chat.ResidentText;
import vn.haugiang.digitalhelp.bot.conversation.Conversation;
import vn.haugiang.digitalhelp.bot.delivery.Outbox;
import vn.haugiang.digitalhelp.bot.inbox.InboxEntry;
import vn.haugiang.digitalhelp.bot.inbox.InboxHandler;
import vn.haugiang.digitalhelp.bot.protection.Pseudonyms;

/**
 * Answers one stored Telegram update: stops the spinner of a pressed button (best effort: a failed
 * acknowledgement never stops the press), lets the conversation handle the message and queues the replies
 * in the outbox under the update's id, so handling the same update again queues them once.
 */
@Component
class TelegramUpdateHandler implements InboxHandler {

    private static final Logger log = LoggerFactory.getLogger(TelegramUpdateHandler.class);

    private final BotApiJson json;
    private final TelegramConnection connection;
    private final Conversation conversation;
    private final Outbox outbox;
    private final Pseudonyms pseudonyms;
    private final MeterRegistry meters;
    private final String apology;

    TelegramUpdateHandler(BotApiJson json, TelegramConnection connection, Conversation conversation, Outbox outbox,
                          Pseudonyms pseudonyms, MeterRegistry meters, ResidentMessages messages) {
        this.json = json;
        this.connection = connection;
        this.conversation = conversation;
        this.outbox = outbox;
        this.pseudonyms = pseudonyms;
        this.meters = meters;
        this.apology = messages.get(ResidentText.SERVICE_FAILED);
    }

    @Override
    public void handle(InboxEntry entry) {
        Update update = json.read(entry.payload()).orElse(null);
        InboundMessage message = update == null ? null : TelegramUpdates.toInbound(update, connection).orElse(null);
        if (message == null) {
            return;
        }
        if (update.hasCallbackQuery()) {
            acknowledge(update.getCallbackQuery().getId());
        }
        String key = "u" + entry.updateId();
        List<Reply> replies;
        try {
            replies = conversation.handle(message).replies();
        } catch (RuntimeException e) {
            log.error("Could not answer resident {}", pseudonyms.of(message.channel(), message.chatId()), e);
            replies = List.of(Reply.of(apology));
        }
        outbox.send(key, Channel.TELEGRAM, message.chatId(), replies);
    }

    /** Stops the spinner on the pressed button; a failure is counted and otherwise ignored. */
    private void acknowledge(String callbackQueryId) {
        try {
            connection.call(AnswerCallbackQuery.builder().callbackQueryId(callbackQueryId).build());
        } catch (TelegramApiException | RuntimeException e) {
            meters.counter("digitalhelp.telegram.acknowledgements.failed").increment();
        }
    }
}
