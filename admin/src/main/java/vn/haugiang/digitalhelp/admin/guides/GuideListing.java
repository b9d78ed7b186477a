package vn.haugiang.digitalhelp.admin.guides;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.haugiang.digitalhelp.admin.web.PageRequest;
import vn.haugiang.digitalhelp.admin.web.PageView;
import vn.haugiang.digitalhelp.kb.article.Article;
import vn.haugiang.digitalhelp.kb.article.ArticleFilter;
import vn.haugiang.digitalhelp.kb.article.ArticleStore;
import vn.haugiang.digitalhelp.kb.search.GuideHit;
import vn.haugiang.digitalhelp.kb.search.GuideSearch;
import vn.haugiang.digitalhelp.kb.text.VietnameseText;

/**
 * The guide list of the console: filtered by topic and status, and, for a search text, ranked by the
 * bot's own search (published guides, as residents would find them) followed by the other guides whose
 * title or slug contains the text (drafts and archived ones are not in the bot's index).
 */
@Component
public class GuideListing {

    private final ArticleStore articles;
    private final GuideSearch search;

    public GuideListing(ArticleStore articles, GuideSearch search) {
        this.articles = articles;
        this.search = search;
    }

    public PageView<Article> list(String text, ArticleFilter filter, PageRequest page) {
        if (text == null || text.isBlank()) {
            return new PageView<>(articles.find(filter, page.offset(), page.size()), page.page(), page.size(),
                    articles.count(filter));
        }
        List<Article> found = matching(text, filter);
        int from = Math.min(page.offset(), found.size());
        int to = Math.min(from + page.size(), found.size());
        return new PageView<>(found.subList(from, to), page.page(), page.size(), found.size());
    }

    private List<Article> matching(String text, ArticleFilter filter) {
        Map<String, Article> found = new LinkedHashMap<>();
        for (GuideHit hit : search.search(text).hits()) {
            articles.findById(hit.articleId()).filter(filter::accepts).ifPresent(article -> found.put(article.id(), article));
        }
        String folded = VietnameseText.fold(text.strip());
        for (Article article : articles.findAll()) {
            boolean named = VietnameseText.fold(article.title()).contains(folded) || article.slug().contains(folded);
            if (named && filter.accepts(article)) {
                found.putIfAbsent(article.id(), article);
            }
        }
        return new ArrayList<>(found.values());
    }
}
