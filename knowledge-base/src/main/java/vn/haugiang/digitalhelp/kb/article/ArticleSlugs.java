package vn.haugiang.digitalhelp.kb.article;

import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import vn.haugiang.digitalhelp.kb.text.VietnameseText;

/** Readable, unused slugs made from titles: "Cài VNeID mức 2" → {@code cai-vneid-muc-2}. */
@Component
public class ArticleSlugs {

    public static final Pattern VALID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final int MAX_LENGTH = 60;

    private final ArticleStore articles;

    public ArticleSlugs(ArticleStore articles) {
        this.articles = articles;
    }

    public String freeSlugFor(String title) {
        String base = fromTitle(title);
        String slug = base;
        for (int n = 2; articles.findBySlug(slug).isPresent(); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    static String fromTitle(String title) {
        String slug = VietnameseText.fold(title).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "huong-dan" : slug;
    }
}
