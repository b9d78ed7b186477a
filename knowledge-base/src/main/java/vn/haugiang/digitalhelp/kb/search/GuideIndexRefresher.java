package vn.haugiang.digitalhelp.kb.search;

import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import vn.haugiang.digitalhelp.kb.article.ArticleChanged;
import vn.haugiang.digitalhelp.kb.article.ArticleStore;
import vn.haugiang.digitalhelp.kb.article.GuideBaseRevision;
import vn.haugiang.digitalhelp.kb.learning.OutOfScopeMarked;
import vn.haugiang.digitalhelp.kb.learning.OutOfScopeQuestions;

/**
 * Keeps this instance's index in step with MongoDB: at once when this instance saves an article or marks
 * a question out of scope, and within one poll period when another instance does (a revision poll works
 * on every MongoDB, where a change stream would need a replica set).
 */
@Component
public class GuideIndexRefresher {

    private static final Logger log = LoggerFactory.getLogger(GuideIndexRefresher.class);

    private final GuideIndex index;
    private final ArticleStore articles;
    private final OutOfScopeQuestions outOfScope;
    private final AtomicReference<Revision> indexedRevision = new AtomicReference<>();

    public GuideIndexRefresher(GuideIndex index, ArticleStore articles, OutOfScopeQuestions outOfScope) {
        this.index = index;
        this.articles = articles;
        this.outOfScope = outOfScope;
    }

    /**
     * Builds the index from what MongoDB holds now. One build at a time, so an older reading never
     * replaces a newer one (start-up, this instance's saves and the poll run on different threads).
     */
    public synchronized void refresh() {
        Revision revision = revision();
        index.replaceWith(articles.findPublished(), outOfScope.questions());
        indexedRevision.set(revision);
    }

    @EventListener
    public void onArticleChanged(ArticleChanged event) {
        refresh();
    }

    @EventListener
    public void onOutOfScopeMarked(OutOfScopeMarked event) {
        refresh();
    }

    @Scheduled(fixedDelayString = "${digitalhelp.kb.revision-poll:5s}",
            initialDelayString = "${digitalhelp.kb.revision-poll:5s}")
    public void pollForOtherInstancesChanges() {
        try {
            refreshIfChanged();
        } catch (RuntimeException e) {
            log.warn("Could not check the guide base for changes; will retry: {}", e.toString());
        }
    }

    /** Checked inside the lock: a poll that waited for a build in progress does not build the same again. */
    private synchronized void refreshIfChanged() {
        if (!revision().equals(indexedRevision.get())) {
            refresh();
        }
    }

    private Revision revision() {
        return new Revision(articles.revision(), outOfScope.count());
    }

    /** What the index was built from: the guide base's fingerprint and how many questions are marked. */
    private record Revision(GuideBaseRevision guides, long outOfScopeQuestions) {
    }
}
