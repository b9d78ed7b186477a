package vn.haugiang.digitalhelp.bot.webchat;

import java.time.Duration;

import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import vn.haugiang.digitalhelp.bot.chat.GuideParts;
import vn.haugiang.digitalhelp.bot.privacy.PrivacyNotice;
import vn.haugiang.digitalhelp.kb.image.GuideImages;

/**
 * A reply's HTML for the web page ({@link WebHtml}, showing the guide pictures). The texts that are the same
 * for every resident, a guide's parts and the privacy notice, are rendered once per text (so once per guide
 * revision and part) and kept a short while; a text that may carry a resident's own words is rendered every
 * time and never kept.
 */
@Component
class ReplyHtml {

    /** How long a rendered guide part is kept: a picture stored after its guide shows within this time. */
    private static final Duration KEPT = Duration.ofMinutes(1);

    private final WebHtml html;
    private final GuideParts parts;
    private final PrivacyNotice notice;
    private final Cache<String, String> rendered = Caffeine.newBuilder().maximumSize(2_000).expireAfterWrite(KEPT)
            .build();

    ReplyHtml(GuideImages images, GuideParts parts, PrivacyNotice notice) {
        this.html = WebHtml.showing(images::find);
        this.parts = parts;
        this.notice = notice;
    }

    String of(String markdown) {
        return parts.isGuidePart(markdown) || markdown.equals(notice.text())
                ? rendered.get(markdown, html::html)
                : html.html(markdown);
    }
}
