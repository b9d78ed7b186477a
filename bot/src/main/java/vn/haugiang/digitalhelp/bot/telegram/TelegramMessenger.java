package vn.haugiang.digitalhelp.bot.telegram;

import java.util.Optional;

import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

import vn.haugiang.digitalhelp.bot.chat.Channel;
import vn.haugiang.digitalhelp.bot.chat.Reply;
import vn.haugiang.digitalhelp.bot.delivery.ChatMessenger;
import vn.haugiang.digitalhelp.bot.delivery.Messengers;
import vn.haugiang.digitalhelp.bot.delivery.Outbox;

/**
 * Writes to Telegram chats outside a reply (relays, notices to team members and their updates) by storing
 * the message in the outbox; the paced sender delivers it. The message id it returns is the outbox
 * reference, which an edit later resolves to Telegram's own id. Registered only when Telegram is on.
 */
@Component
final class TelegramMessenger implements ChatMessenger {

    private final Outbox outbox;
    private final TelegramConnection connection;

    TelegramMessenger(Outbox outbox, Messengers messengers, TelegramConnection connection) {
        this.outbox = outbox;
        this.connection = connection;
        if (connection.enabled()) {
            messengers.register(this);
        }
    }

    @Override
    public Channel channel() {
        return Channel.TELEGRAM;
    }

    @Override
    public Optional<String> send(String chatId, Reply reply) throws DeliveryFailed {
        try {
            return Optional.of(outbox.send(Channel.TELEGRAM, chatId, reply));
        } catch (DataAccessException e) {
            throw new DeliveryFailed("The outbox could not store the message", e);
        }
    }

    @Override
    public void edit(String chatId, String messageId, Reply reply) throws DeliveryFailed {
        try {
            outbox.edit(Channel.TELEGRAM, chatId, messageId, reply);
        } catch (DataAccessException e) {
            throw new DeliveryFailed("The outbox could not store the edit", e);
        }
    }

    @Override
    public boolean sendDocument(String chatId, String fileName, byte[] content) throws DeliveryFailed {
        try {
            // A resident's own data file goes at once, not through the outbox (it is not kept in the database).
            connection.sendDocument(TelegramReplies.document(chatId, fileName, content));
            return true;
        } catch (TelegramApiException e) {
            throw new DeliveryFailed("Telegram sendDocument failed", e);
        }
    }

    @Override
    public boolean copy(String fromChatId, String messageId, String toChatId) throws DeliveryFailed {
        try {
            outbox.copy(Channel.TELEGRAM, fromChatId, messageId, toChatId);
            return true;
        } catch (DataAccessException e) {
            throw new DeliveryFailed("The outbox could not store the copy", e);
        }
    }
}
