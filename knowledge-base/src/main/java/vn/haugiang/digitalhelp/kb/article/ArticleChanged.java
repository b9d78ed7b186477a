package vn.haugiang.digitalhelp.kb.article;

/** Published inside the service after an article was created, edited, published or archived. */
public record ArticleChanged(String articleId) {
}
