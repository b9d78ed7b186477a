package vn.haugiang.digitalhelp.kb.search;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

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
 * on every MongoDB, where a change stream would need a replica set). A series of saves (an import, the
 * seed upgrade at start-up) is built once, not once per guide ({@link #inOneRefresh}).
 */
@Component
public class GuideIndexRefresher {

    private static final Logger log = LoggerFactory.getLogger(GuideIndexRefresher.class);

    private final GuideIndex index;
    private final ArticleStore articles;
    private final OutOfScopeQuestions outOfScope;
    private final AtomicReference<Revision> indexedRevision = new AtomicReference<>();
    /** The series of saves this thread is in, if any: its saves' refreshes wait for its end. */
    private final ThreadLocal<HeldBack> series = new ThreadLocal<>();

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
        refreshUnlessHeldBack();
    }

    @EventListener
    public void onOutOfScopeMarked(OutOfScopeMarked event) {
        refreshUnlessHeldBack();
    }

    /**
     * Runs a series of saves on this thread with the refresh each save would make held back, then builds the
     * index once if any save asked for one (also when the series fails part way: what was saved is searched).
     * A series inside another is part of the outer one. A build that fails is logged, as a save's own refresh
     * would be, and left to the revision poll: the saves stand and the caller hears only of its own failure.
     * (The saves' events reach this class on the saving thread: the context's event multicaster has no
     * executor. One given an executor would let the saves' refreshes through.)
     */
    public <T> T inOneRefresh(Supplier<T> saves) {
        HeldBack heldBack = new HeldBack();
        try {
            return holdingBack(saves, heldBack);
        } finally {
            if (heldBack.asked) {
                refreshAfterSeries();
            }
        }
    }

    private void refreshAfterSeries() {
        try {
            refresh();
        } catch (RuntimeException e) {
            log.warn("Could not build the guide index after a series of saves; the revision poll will: {}", e.toString());
        }
    }

    /**
     * Runs a series of saves on this thread without the refreshes they would make, for a caller that builds
     * the index itself right after (start-up: the seed upgrade, then the first build).
     */
    public void withoutRefreshing(Runnable saves) {
        holdingBack(() -> {
            saves.run();
            return null;
        }, new HeldBack());
    }

    private <T> T holdingBack(Supplier<T> saves, HeldBack heldBack) {
        if (series.get() != null) {
            return saves.get();
        }
        series.set(heldBack);
        try {
            return saves.get();
        } finally {
            series.remove();
        }
    }

    /** Checked inside the lock: a poll that waited for a build in progress does not build the same again. */
    private synchronized void refreshIfChanged() {
        if (!revision().equals(indexedRevision.get())) {
            refresh();
        }
    }

    private void refreshUnlessHeldBack() {
        HeldBack heldBack = series.get();
        if (heldBack == null) {
            refresh();
        } else {
            heldBack.asked = true;
        }
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

    private Revision revision() {
        return new Revision(articles.revision(), outOfScope.count());
    }

    /** What the index was built from: the guide base's fingerprint and how many questions are marked. */
    private record Revision(GuideBaseRevision guides, long outOfScopeQuestions) {
    }

    /** A series of saves under way on one thread: whether any of them asked for a refresh. */
    private static final class HeldBack {
        boolean asked;
    }
}
