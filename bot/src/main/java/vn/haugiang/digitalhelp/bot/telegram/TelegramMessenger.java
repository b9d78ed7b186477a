package vn.haugiang.digitalhelp.bot.telegram;

import java.util.Optional;

import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

import vn.haugiang.digitalhelp.bot.chat.Channel;
import vn.haugiang.digitalhelp.bot.chat.Reply;
import vn.haugiang.digitalhelp.bot.delivery.ChatMessenger;

/** Writes to Telegram chats outside a reply: relays, notices to team members and their updates. */
final class TelegramMessenger implements ChatMessenger {

    private final TelegramReplies replies;

    TelegramMessenger(TelegramReplies replies) {
        this.replies = replies;
    }

    @Override
    public Channel channel() {
        return Channel.TELEGRAM;
    }

    @Override
    public Optional<String> send(String chatId, Reply reply) throws DeliveryFailed {
        try {
            return Optional.ofNullable(replies.send(chatId, reply)).map(String::valueOf);
        } catch (TelegramApiException e) {
            throw new DeliveryFailed("Telegram sendMessage failed", e);
        }
    }

    @Override
    public void edit(String chatId, String messageId, Reply reply) throws DeliveryFailed {
        try {
            replies.edit(chatId, Integer.parseInt(messageId), reply);
        } catch (TelegramApiException | NumberFormatException e) {
            throw new DeliveryFailed("Telegram editMessageText failed", e);
        }
    }

    @Override
    public boolean sendDocument(String chatId, String fileName, byte[] content) throws DeliveryFailed {
        try {
            replies.document(chatId, fileName, content);
            return true;
        } catch (TelegramApiException e) {
            throw new DeliveryFailed("Telegram sendDocument failed", e);
        }
    }

    @Override
    public boolean copy(String fromChatId, String messageId, String toChatId) throws DeliveryFailed {
        try {
            replies.copy(fromChatId, Integer.parseInt(messageId), toChatId);
            return true;
        } catch (TelegramApiException | NumberFormatException e) {
            throw new DeliveryFailed("Telegram copyMessage failed", e);
        }
    }
}
