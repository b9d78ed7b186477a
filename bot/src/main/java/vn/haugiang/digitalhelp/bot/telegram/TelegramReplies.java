package vn.haugiang.digitalhelp.bot.telegram;

import java.util.List;

import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import vn.haugiang.digitalhelp.bot.conversation.Button;
import vn.haugiang.digitalhelp.bot.conversation.Reply;

/** Sends the bot's replies to a Telegram chat: HTML messages, buttons as an inline keyboard. */
final class TelegramReplies {

    private final TelegramClient client;

    TelegramReplies(TelegramClient client) {
        this.client = client;
    }

    void send(String chatId, List<Reply> replies) throws TelegramApiException {
        for (Reply reply : replies) {
            List<String> messages = TelegramHtml.render(reply.markdown());
            for (int i = 0; i < messages.size(); i++) {
                boolean last = i == messages.size() - 1;
                SendMessage send = SendMessage.builder()
                        .chatId(chatId)
                        .text(messages.get(i))
                        .parseMode(ParseMode.HTML)
                        .linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build())
                        .replyMarkup(last && !reply.buttons().isEmpty() ? keyboard(reply.buttons()) : null)
                        .build();
                client.execute(send);
            }
        }
    }

    /** Stops the spinner on the pressed button. */
    void acknowledge(String callbackQueryId) throws TelegramApiException {
        client.execute(AnswerCallbackQuery.builder().callbackQueryId(callbackQueryId).build());
    }

    private static InlineKeyboardMarkup keyboard(List<Button> buttons) {
        List<InlineKeyboardRow> rows = buttons.stream()
                .map(button -> new InlineKeyboardRow(InlineKeyboardButton.builder()
                        .text(button.label())
                        .callbackData(button.action())
                        .build()))
                .toList();
        return InlineKeyboardMarkup.builder().keyboard(rows).build();
    }
}
