package vn.haugiang.digitalhelp.bot.telegram;

import java.util.List;

import org.telegram.telegrambots.meta.api.methods.send.SendMessage;

import vn.haugiang.digitalhelp.kb.image.ImageReference;

/** One message of a reply as Telegram gets it: a text, or the pictures of one step (a photo or an album). */
sealed interface ReplyPart {

    record Text(SendMessage message) implements ReplyPart {
    }

    record Pictures(List<ImageReference> pictures) implements ReplyPart {
    }
}
