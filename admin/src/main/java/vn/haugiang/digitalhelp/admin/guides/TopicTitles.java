package vn.haugiang.digitalhelp.admin.guides;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.haugiang.digitalhelp.kb.article.Article;
import vn.haugiang.digitalhelp.kb.article.ArticleStatus;
import vn.haugiang.digitalhelp.kb.article.ArticleStore;
import vn.haugiang.digitalhelp.kb.article.TopicCatalogue;

/**
 * Names topics by the title of their guide ("Làm định danh điện tử mức 2" instead of {@code vneid-level2}),
 * so officials choose and read topics as words: a published guide's title first, else any guide's, else
 * the working title of the guide catalogue ({@link TopicCatalogue}), so every catalogue topic is offered.
 */
@Component
public class TopicTitles {

    private static final TopicCatalogue CATALOGUE = TopicCatalogue.shipped();

    private final ArticleStore articles;

    public TopicTitles(ArticleStore articles) {
        this.articles = articles;
    }

    /** Topic key → title, in title order. */
    public Map<String, String> all() {
        Map<String, String> titles = new LinkedHashMap<>();
        articles.findAll().stream()
                .filter(article -> article.topic() != null && !article.topic().isBlank())
                .sorted(Comparator.comparing((Article article) -> rank(article.status())).thenComparing(Article::title))
                .forEach(article -> titles.putIfAbsent(article.topic(), article.title()));
        CATALOGUE.titlesByKey().forEach(titles::putIfAbsent);
        Map<String, String> byTitle = new LinkedHashMap<>();
        titles.entrySet().stream().sorted(Map.Entry.comparingByValue())
                .forEach(entry -> byTitle.put(entry.getKey(), entry.getValue()));
        return byTitle;
    }

    private static int rank(ArticleStatus status) {
        return status == ArticleStatus.PUBLISHED ? 0 : status == ArticleStatus.DRAFT ? 1 : 2;
    }
}
