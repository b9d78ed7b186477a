package vn.haugiang.digitalhelp.bot.telegram;

import java.util.List;

import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.CopyMessage;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.ReplyKeyboard;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.ReplyKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.KeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.KeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import vn.haugiang.digitalhelp.bot.chat.Button;
import vn.haugiang.digitalhelp.bot.chat.Reply;

/**
 * Sends the bot's replies to a Telegram chat: HTML messages, buttons as an inline keyboard, and the
 * "share my phone number" keyboard when a reply asks for it.
 */
final class TelegramReplies {

    private final TelegramClient client;
    private final String sharePhoneLabel;

    TelegramReplies(TelegramClient client, String sharePhoneLabel) {
        this.client = client;
        this.sharePhoneLabel = sharePhoneLabel;
    }

    void send(String chatId, List<Reply> replies) throws TelegramApiException {
        for (Reply reply : replies) {
            send(chatId, reply);
        }
    }

    /** Sends one reply (one or more messages); returns the id of the last message, which carries the buttons. */
    Integer send(String chatId, Reply reply) throws TelegramApiException {
        List<String> messages = TelegramHtml.render(reply.markdown());
        Integer lastId = null;
        for (int i = 0; i < messages.size(); i++) {
            boolean last = i == messages.size() - 1;
            SendMessage send = SendMessage.builder()
                    .chatId(chatId)
                    .text(messages.get(i))
                    .parseMode(ParseMode.HTML)
                    .linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build())
                    .replyMarkup(last ? keyboard(reply) : null)
                    .build();
            Message sent = client.execute(send);
            lastId = sent == null ? null : sent.getMessageId();
        }
        return lastId;
    }

    /** Replaces a message sent earlier (its first 4,096 characters) and its buttons. */
    void document(String chatId, String fileName, byte[] content) throws TelegramApiException {
        client.execute(SendDocument.builder().chatId(chatId)
                .document(new InputFile(new java.io.ByteArrayInputStream(content), fileName)).build());
    }

    void edit(String chatId, int messageId, Reply reply) throws TelegramApiException {
        client.execute(EditMessageText.builder()
                .chatId(chatId)
                .messageId(messageId)
                .text(TelegramHtml.render(reply.markdown()).get(0))
                .parseMode(ParseMode.HTML)
                .replyMarkup(reply.buttons().isEmpty() ? null : inlineKeyboard(reply.buttons()))
                .build());
    }

    void copy(String fromChatId, int messageId, String toChatId) throws TelegramApiException {
        client.execute(CopyMessage.builder().fromChatId(fromChatId).messageId(messageId).chatId(toChatId).build());
    }

    /** Stops the spinner on the pressed button. */
    void acknowledge(String callbackQueryId) throws TelegramApiException {
        client.execute(AnswerCallbackQuery.builder().callbackQueryId(callbackQueryId).build());
    }

    private ReplyKeyboard keyboard(Reply reply) {
        if (reply.asksForPhone()) {
            KeyboardRow row = new KeyboardRow(List.of(KeyboardButton.builder()
                    .text(sharePhoneLabel).requestContact(true).build()));
            return ReplyKeyboardMarkup.builder().keyboard(List.of(row)).oneTimeKeyboard(true).resizeKeyboard(true).build();
        }
        return reply.buttons().isEmpty() ? null : inlineKeyboard(reply.buttons());
    }

    private static InlineKeyboardMarkup inlineKeyboard(List<Button> buttons) {
        List<InlineKeyboardRow> rows = buttons.stream()
                .map(button -> new InlineKeyboardRow(InlineKeyboardButton.builder()
                        .text(button.label())
                        .callbackData(button.action())
                        .build()))
                .toList();
        return InlineKeyboardMarkup.builder().keyboard(rows).build();
    }
}
