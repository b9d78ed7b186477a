package vn.haugiang.digitalhelp.bot.telegram;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Contact;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.photo.PhotoSize;

import vn.haugiang.digitalhelp.bot.chat.Channel;
import vn.haugiang.digitalhelp.bot.chat.InboundMessage;
import vn.haugiang.digitalhelp.bot.chat.PictureSource;

/** Turns a Telegram update into the one message type the conversation understands. */
final class TelegramUpdates {

    private TelegramUpdates() {
    }

    /**
     * The sender's message, or empty for updates the bot does not answer (groups, edits, channels). A
     * photo (or a picture sent as a file) is fetched through {@code connection} only when it is read.
     */
    static Optional<InboundMessage> toInbound(Update update, TelegramConnection connection) {
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
        String messageId = String.valueOf(message.getMessageId());
        if (message.hasPhoto()) {
            List<PhotoSize> sizes = message.getPhoto();
            return Optional.of(InboundMessage.photo(Channel.TELEGRAM, chatId, messageId,
                    download(connection, maxBytes -> largestWithin(sizes, maxBytes).getFileId())));
        }
        if (message.hasDocument() && String.valueOf(message.getDocument().getMimeType()).startsWith("image/")) {
            String fileId = message.getDocument().getFileId();
            return Optional.of(InboundMessage.photo(Channel.TELEGRAM, chatId, messageId, download(connection, maxBytes -> fileId)));
        }
        if (message.hasVoice()) {
            return Optional.of(InboundMessage.voice(Channel.TELEGRAM, chatId, messageId));
        }
        if (message.hasContact() && ownNumber(message)) {
            return Optional.of(InboundMessage.contact(Channel.TELEGRAM, chatId, message.getContact().getPhoneNumber()));
        }
        return Optional.of(InboundMessage.nonText(Channel.TELEGRAM, chatId));
    }

    /** The private chat an update comes from, for updates the bot answers. */
    static Optional<String> chatOf(Update update) {
        return toInbound(update, null).map(InboundMessage::chatId);
    }

    private interface FileChoice {
        String fileId(long maxBytes);
    }

    private static PictureSource download(TelegramConnection connection, FileChoice choice) {
        return connection == null ? PictureSource.NONE : maxBytes -> connection.download(choice.fileId(maxBytes), maxBytes);
    }

    /** Telegram offers a photo in several sizes: the largest one within the byte limit (else the smallest). */
    private static PhotoSize largestWithin(List<PhotoSize> sizes, long maxBytes) {
        Comparator<PhotoSize> byPixels = Comparator.comparingLong(size -> (long) size.getWidth() * size.getHeight());
        return sizes.stream().filter(size -> size.getFileSize() == null || size.getFileSize() <= maxBytes).max(byPixels)
                .orElseGet(() -> sizes.stream().min(byPixels).orElseThrow());
    }

    /** Only the sender's own number counts: a forwarded contact card is someone else's. */
    private static boolean ownNumber(Message message) {
        Contact contact = message.getContact();
        return message.getFrom() != null && contact.getUserId() != null
                && Objects.equals(contact.getUserId(), message.getFrom().getId());
    }
}
