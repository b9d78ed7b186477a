package vn.haugiang.digitalhelp.kb.article;

/** No article (or no such version of it) exists. */
public class ArticleNotFoundException extends RuntimeException {

    public ArticleNotFoundException(String articleId) {
        super("Article " + articleId + " not found");
    }

    public ArticleNotFoundException(String articleId, long version) {
        super("Article " + articleId + " has no version " + version);
    }
}
