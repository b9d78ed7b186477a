package vn.haugiang.digitalhelp.bot.webchat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.util.HtmlUtils;

import vn.haugiang.digitalhelp.bot.chat.ResidentMessages;
import vn.haugiang.digitalhelp.bot.chat.ResidentText;

/**
 * The web chat page, its texts filled in once from the message catalogue (HTML-escaped), so every word
 * a resident reads comes from the one catalogue, and how often the page asks for answers sent meanwhile.
 * Its style sheet and script are linked by their versioned addresses (the content's hash in the name,
 * {@code spring.web.resources.chain}), which a phone keeps for a year and asks for again only after an
 * upgrade changed them. Those addresses are known once the web layer has found its resource handlers: the
 * page takes them when the service is ready (a link to a file the service does not have stops the start), and
 * links the plain names until then.
 */
@Component
class ChatPage implements ApplicationListener<ApplicationReadyEvent> {

    private static final String TEMPLATE = "webchat/chat-page.html";
    private static final String PAGE_TEXT_PREFIX = "chat-page-";
    /** Where the template links a file of the service's own: {@code {asset:/chat/chat.css}}. */
    private static final Pattern ASSET = Pattern.compile("\\{asset:([^}]+)}");

    private final String texts;
    private final ResourceUrlProvider assets;
    private volatile String html;

    ChatPage(ResidentMessages messages, WebSessionProperties settings, ResourceUrlProvider assets) {
        String page = read().replace("{inbox-poll}", String.valueOf(settings.inboxPoll().toMillis()));
        for (ResidentText text : ResidentText.values()) {
            if (text.key().startsWith(PAGE_TEXT_PREFIX)) {
                page = page.replace("{" + text.key() + "}", HtmlUtils.htmlEscape(messages.get(text), "UTF-8"));
            }
        }
        if (page.contains("{" + PAGE_TEXT_PREFIX)) {
            throw new IllegalStateException("The chat page names a text the catalogue does not have");
        }
        this.texts = page;
        this.assets = assets;
        this.html = linking(path -> path);
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent ready) {
        html = linking(this::versioned);
    }

    /** The page with each of its files linked at the address {@code address} gives for the file's path. */
    private String linking(UnaryOperator<String> address) {
        return ASSET.matcher(texts).replaceAll(link -> Matcher.quoteReplacement(address.apply(link.group(1))));
    }

    private String versioned(String path) {
        String versioned = assets.getForLookupPath(path);
        if (versioned == null) {
            throw new IllegalStateException("The chat page links " + path + ", which the service does not serve");
        }
        return versioned;
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
