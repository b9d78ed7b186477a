package vn.haugiang.digitalhelp.kb.article;

/** Someone saved the article after the version the editor started from; nothing was changed. */
public class ArticleVersionConflictException extends RuntimeException {

    private final long expectedVersion;
    private final long currentVersion;

    public ArticleVersionConflictException(String articleId, long expectedVersion, long currentVersion) {
        super("Article " + articleId + " is at version " + currentVersion + ", not " + expectedVersion);
        this.expectedVersion = expectedVersion;
        this.currentVersion = currentVersion;
    }

    public long expectedVersion() {
        return expectedVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
