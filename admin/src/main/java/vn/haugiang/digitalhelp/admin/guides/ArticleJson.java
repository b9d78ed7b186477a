package vn.haugiang.digitalhelp.admin.guides;

import java.time.Instant;
import java.util.List;

import vn.haugiang.digitalhelp.kb.article.Article;
import vn.haugiang.digitalhelp.kb.article.ArticleContent;
import vn.haugiang.digitalhelp.kb.article.ArticleStatus;

/**
 * A guide as the admin API returns it: the live text, and beside it the draft an editor saved of a
 * published guide (null when there is none).
 */
public record ArticleJson(String id, String slug, String title, String topic, List<String> questions, List<String> tags,
                          String body, ArticleStatus status, long version, Instant updatedAt, String updatedBy,
                          ArticleContent draft) {

    public static ArticleJson of(Article article) {
        return new ArticleJson(article.id(), article.slug(), article.title(), article.topic(), article.questions(),
                article.tags(), article.body(), article.status(), article.version(), article.updatedAt(),
                article.updatedBy(), article.draft());
    }
}
