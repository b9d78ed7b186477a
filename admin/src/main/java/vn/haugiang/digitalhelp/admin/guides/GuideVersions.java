package vn.haugiang.digitalhelp.admin.guides;

import org.springframework.stereotype.Component;

import vn.haugiang.digitalhelp.admin.web.PageRequest;
import vn.haugiang.digitalhelp.admin.web.PageView;
import vn.haugiang.digitalhelp.kb.article.ArticleDiff;
import vn.haugiang.digitalhelp.kb.article.ArticleHistory;
import vn.haugiang.digitalhelp.kb.article.ArticleNotFoundException;
import vn.haugiang.digitalhelp.kb.article.ArticleStore;
import vn.haugiang.digitalhelp.kb.article.ArticleVersion;

/** Reading a guide's history for the console: pages of versions, one version, the diff of two. */
@Component
public class GuideVersions {

    private final ArticleStore articles;
    private final ArticleHistory history;

    public GuideVersions(ArticleStore articles, ArticleHistory history) {
        this.articles = articles;
        this.history = history;
    }

    public PageView<ArticleVersion> page(String articleId, PageRequest page) {
        // An article saved before history was kept (a seed) shows its current state as its first version.
        history.record(articles.findById(articleId).orElseThrow(() -> new ArticleNotFoundException(articleId)));
        return new PageView<>(history.versions(articleId, page.offset(), page.size()), page.page(), page.size(),
                history.count(articleId));
    }

    public ArticleVersion version(String articleId, long version) {
        return history.find(articleId, version).orElseThrow(() -> new ArticleNotFoundException(articleId, version));
    }

    public ArticleDiff diff(String articleId, long from, long to) {
        return ArticleDiff.between(version(articleId, from), version(articleId, to));
    }
}
