package vn.haugiang.digitalhelp.kb.article;

/** Which articles an admin list shows; a null part does not filter. */
public record ArticleFilter(String topic, ArticleStatus status) {

    public static ArticleFilter all() {
        return new ArticleFilter(null, null);
    }

    public boolean accepts(Article article) {
        return (topic == null || topic.equals(article.topic())) && (status == null || status == article.status());
    }
}
