package vn.haugiang.digitalhelp.bot.webchat;

import java.util.List;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;

/** Renders a reply's Markdown for the web page, escaping any raw HTML and unsafe link targets. */
public final class WebHtml {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            // The default sanitizer lets data: links through; only web, mail and phone links are kept.
            .urlSanitizer(new DefaultUrlSanitizer(List.of("http", "https", "mailto", "tel")))
            .softbreak("<br>\n")
            .build();

    private WebHtml() {
    }

    public static String render(String markdown) {
        return RENDERER.render(PARSER.parse(markdown));
    }
}
