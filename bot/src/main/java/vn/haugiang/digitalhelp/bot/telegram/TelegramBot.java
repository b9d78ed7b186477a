package vn.haugiang.digitalhelp.bot.telegram;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

import io.micrometer.core.instrument.MeterRegistry;
import vn.haugiang.digitalhelp.bot.conversation.Conversation;
import vn.haugiang.digitalhelp.bot.chat.InboundMessage;
import vn.haugiang.digitalhelp.bot.chat.Reply;
import vn.haugiang.digitalhelp.bot.chat.TurnResult;
import vn.haugiang.digitalhelp.bot.protection.Pseudonyms;

/**
 * The Telegram channel: hands each update to the conversation on the chat's own lane and sends the
 * replies back. It never throws into the polling loop, so one bad update cannot stop the bot.
 */
final class TelegramBot implements LongPollingUpdateConsumer, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(TelegramBot.class);

    private final Conversation conversation;
    private final TelegramReplies replies;
    private final Pseudonyms pseudonyms;
    private final ChatOrderedExecutor lanes;
    private final MeterRegistry meters;
    private final String apology;

    TelegramBot(Conversation conversation, TelegramReplies replies, Pseudonyms pseudonyms, int workerThreads,
                MeterRegistry meters, String apology) {
        this.conversation = conversation;
        this.apology = apology;
        this.replies = replies;
        this.pseudonyms = pseudonyms;
        this.meters = meters;
        this.lanes = new ChatOrderedExecutor(workerThreads, "telegram-chat");
    }

    @Override
    public void consume(List<Update> updates) {
        for (Update update : updates) {
            try {
                TelegramUpdates.toInbound(update)
                        .ifPresent(message -> lanes.submit(message.chatId(), () -> answer(update, message)));
            } catch (RuntimeException e) {
                log.error("Could not read Telegram update {}", update.getUpdateId(), e);
            }
        }
    }

    private void answer(Update update, InboundMessage message) {
        meters.counter("digitalhelp.messages.in", "channel", "telegram").increment();
        try {
            if (update.hasCallbackQuery()) {
                replies.acknowledge(update.getCallbackQuery().getId());
            }
            TurnResult result = conversation.handle(message);
            replies.send(message.chatId(), result.replies());
            meters.counter("digitalhelp.messages.out", "channel", "telegram").increment(result.replies().size());
        } catch (TelegramApiException e) {
            meters.counter("digitalhelp.telegram.api.errors").increment();
            log.warn("Telegram API call failed for resident {}: {}", pseudonyms.of(message.channel(),
                    message.chatId()), e.getMessage());
        } catch (RuntimeException e) {
            log.error("Could not answer resident {}", pseudonyms.of(message.channel(), message.chatId()), e);
            apologise(message.chatId());
        }
    }

    /** Tells the sender something went wrong rather than leaving them without an answer. */
    private void apologise(String chatId) {
        try {
            replies.send(chatId, List.of(Reply.of(apology)));
        } catch (TelegramApiException | RuntimeException e) {
            meters.counter("digitalhelp.telegram.api.errors").increment();
        }
    }

    @Override
    public void close() throws InterruptedException {
        lanes.close();
    }
}
