package vn.haugiang.digitalhelp.kb.search;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.haugiang.digitalhelp.kb.article.Article;

/**
 * This instance's search index over the published guides, rebuilt whole when the guide base changes.
 * Readers always see one complete generation.
 */
@Component
public class GuideIndex {

    private static final Logger log = LoggerFactory.getLogger(GuideIndex.class);

    // An old generation is left to the garbage collector rather than closed: it lives in heap memory
    // only, and a search that started on it may still be running.
    private volatile IndexedGuides current = IndexedGuides.of(List.of(), List.of());

    /** Swaps in an index of exactly these published articles. */
    public void replaceWith(Collection<Article> published) {
        replaceWith(published, List.of());
    }

    /** Swaps in an index of exactly these published articles and questions marked out of scope. */
    public synchronized void replaceWith(Collection<Article> published, Collection<String> outOfScopeQuestions) {
        long started = System.nanoTime();
        current = IndexedGuides.of(published, outOfScopeQuestions);
        log.info("Guide index rebuilt: {} published articles in {} ms", published.size(),
                (System.nanoTime() - started) / 1_000_000);
    }

    /** A published article of the current index, by id. */
    public Optional<Article> publishedArticle(String id) {
        return Optional.ofNullable(current.article(id));
    }

    public int size() {
        return current.size();
    }

    IndexedGuides current() {
        return current;
    }
}
