package vn.haugiang.digitalhelp.bot.telegram;

import java.util.ArrayList;
import java.util.List;

import org.telegram.telegrambots.meta.api.methods.CopyMessage;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.ReplyKeyboard;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.ReplyKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.KeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.KeyboardRow;

import vn.haugiang.digitalhelp.bot.chat.Button;
import vn.haugiang.digitalhelp.bot.chat.Reply;
import vn.haugiang.digitalhelp.kb.image.ImageReference;
import vn.haugiang.digitalhelp.kb.image.ImageReferences;

/**
 * The Bot API requests for the bot's replies: HTML messages (a long reply is several), buttons as an
 * inline keyboard on the last one, a guide's pictures after its text, and the "share my phone number" keyboard when a reply asks for it.
 */
final class TelegramReplies {

    private final String sharePhoneLabel;

    TelegramReplies(String sharePhoneLabel) {
        this.sharePhoneLabel = sharePhoneLabel;
    }

    /**
     * The messages of one reply, in order: its text (a long one is several messages, the last carrying the
     * buttons), then its pictures step by step, each step's pictures one photo or one album.
     */
    List<ReplyPart> parts(String chatId, Reply reply) {
        List<ReplyPart> parts = new ArrayList<>();
        List<String> texts = TelegramHtml.render(ImageReferences.withoutImages(reply.markdown()));
        for (int i = 0; i < texts.size(); i++) {
            parts.add(new ReplyPart.Text(SendMessage.builder()
                    .chatId(chatId)
                    .text(texts.get(i))
                    .parseMode(ParseMode.HTML)
                    .linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build())
                    .replyMarkup(i == texts.size() - 1 ? keyboard(reply) : null)
                    .build()));
        }
        pictureSteps(reply.markdown()).forEach(step -> parts.add(new ReplyPart.Pictures(step)));
        return parts;
    }

    /** The pictures of the Markdown, step by step, no step longer than an album may be. */
    static List<List<ImageReference>> pictureSteps(String markdown) {
        List<List<ImageReference>> steps = new ArrayList<>();
        for (List<ImageReference> group : ImageReferences.steps(markdown)) {
            for (int from = 0; from < group.size(); from += TelegramPictures.ALBUM_LIMIT) {
                steps.add(group.subList(from, Math.min(group.size(), from + TelegramPictures.ALBUM_LIMIT)));
            }
        }
        return steps;
    }

    /** A file for the resident (their own data, {@code /xemdulieu}). */
    static SendDocument document(String chatId, String fileName, byte[] content) {
        return SendDocument.builder().chatId(chatId)
                .document(new InputFile(new java.io.ByteArrayInputStream(content), fileName)).build();
    }

    /** Replaces a message sent earlier (its first 4,096 characters) and its buttons. */
    EditMessageText edit(String chatId, int messageId, Reply reply) {
        return EditMessageText.builder()
                .chatId(chatId)
                .messageId(messageId)
                .text(TelegramHtml.render(ImageReferences.withoutImages(reply.markdown())).get(0))
                .parseMode(ParseMode.HTML)
                .replyMarkup(reply.buttons().isEmpty() ? null : inlineKeyboard(reply.buttons()))
                .build();
    }

    CopyMessage copy(String fromChatId, int messageId, String toChatId) {
        return CopyMessage.builder().fromChatId(fromChatId).messageId(messageId).chatId(toChatId).build();
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
