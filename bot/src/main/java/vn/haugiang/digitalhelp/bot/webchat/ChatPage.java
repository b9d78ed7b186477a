package vn.haugiang.digitalhelp.bot.webchat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import vn.haugiang.digitalhelp.bot.chat.ResidentMessages;
import vn.haugiang.digitalhelp.bot.chat.ResidentText;

/**
 * The web chat page, its texts filled in once from the message catalogue (HTML-escaped), so every word
 * a resident reads comes from the one catalogue, and how often the page asks for answers sent meanwhile.
 */
@Component
class ChatPage {

    private static final String TEMPLATE = "webchat/chat-page.html";
    private static final String PAGE_TEXT_PREFIX = "chat-page-";

    private final String html;

    ChatPage(ResidentMessages messages, WebSessionProperties settings) {
        String page = read().replace("{inbox-poll}", String.valueOf(settings.inboxPoll().toMillis()));
        for (ResidentText text : ResidentText.values()) {
            if (text.key().startsWith(PAGE_TEXT_PREFIX)) {
                page = page.replace("{" + text.key() + "}", HtmlUtils.htmlEscape(messages.get(text), "UTF-8"));
            }
        }
        if (page.contains("{" + PAGE_TEXT_PREFIX)) {
            throw new IllegalStateException("The chat page names a text the catalogue does not have");
        }
        this.html = page;
    }

    String html() {
        return html;
    }

    private static String read() {
        try (InputStream in = new ClassPathResource(TEMPLATE).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + TEMPLATE, e);
        }
    }
}
