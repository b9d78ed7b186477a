package vn.haugiang.digitalhelp.bot.telegram;

import java.util.Objects;
import java.util.Optional;

import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Contact;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.message.Message;

import vn.haugiang.digitalhelp.bot.chat.Channel;
import vn.haugiang.digitalhelp.bot.chat.InboundMessage;

/** Turns a Telegram update into the one message type the conversation understands. */
final class TelegramUpdates {

    private TelegramUpdates() {
    }

    /** The sender's message, or empty for updates the bot does not answer (groups, edits, channels). */
    static Optional<InboundMessage> toInbound(Update update) {
        if (update.hasCallbackQuery()) {
            CallbackQuery query = update.getCallbackQuery();
            if (query.getMessage() == null || query.getData() == null) {
                return Optional.empty();
            }
            String chatId = String.valueOf(query.getMessage().getChatId());
            return Optional.of(InboundMessage.button(Channel.TELEGRAM, chatId, query.getData()));
        }
        Message message = update.getMessage();
        if (message == null || !message.isUserMessage()) {
            return Optional.empty();
        }
        String chatId = String.valueOf(message.getChatId());
        if (message.hasText()) {
            return Optional.of(InboundMessage.text(Channel.TELEGRAM, chatId, message.getText()));
        }
        if (message.hasPhoto()) {
            return Optional.of(InboundMessage.photo(Channel.TELEGRAM, chatId, String.valueOf(message.getMessageId())));
        }
        if (message.hasContact() && ownNumber(message)) {
            return Optional.of(InboundMessage.contact(Channel.TELEGRAM, chatId, message.getContact().getPhoneNumber()));
        }
        return Optional.of(InboundMessage.nonText(Channel.TELEGRAM, chatId));
    }

    /** Only the sender's own number counts: a forwarded contact card is someone else's. */
    private static boolean ownNumber(Message message) {
        Contact contact = message.getContact();
        return message.getFrom() != null && contact.getUserId() != null
                && Objects.equals(contact.getUserId(), message.getFrom().getId());
    }
}
