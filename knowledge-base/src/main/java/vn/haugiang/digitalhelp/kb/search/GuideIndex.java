package vn.haugiang.digitalhelp.kb.search;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.haugiang.digitalhelp.kb.article.Article;

/**
 * This instance's search index over the published guides, rebuilt whole when the guide base changes.
 * Readers always see one complete generation. Until the first generation is in (it is built in the
 * background at start-up), readers wait for it, at most {@link #FIRST_BUILD_WAIT}.
 */
@Component
public class GuideIndex {

    private static final Logger log = LoggerFactory.getLogger(GuideIndex.class);
    static final Duration FIRST_BUILD_WAIT = Duration.ofSeconds(30);

    private final CountDownLatch firstBuild = new CountDownLatch(1);
    private final AtomicLong builds = new AtomicLong();

    // An old generation is left to the garbage collector rather than closed: it lives in heap memory
    // only, and a search that started on it may still be running.
    private volatile IndexedGuides current;
    private IndexedGuides.TopicTraining training = (published, vocabulary) -> null;
    private Collection<Article> lastPublished = List.of();
    private Collection<String> lastOutOfScope = List.of();

    /** Swaps in an index of exactly these published articles. */
    public void replaceWith(Collection<Article> published) {
        replaceWith(published, List.of());
    }

    /** Swaps in an index of exactly these published articles and questions marked out of scope. */
    public synchronized void replaceWith(Collection<Article> published, Collection<String> outOfScopeQuestions) {
        long started = System.nanoTime();
        current = IndexedGuides.of(published, outOfScopeQuestions, training);
        lastPublished = List.copyOf(published);
        lastOutOfScope = List.copyOf(outOfScopeQuestions);
        builds.incrementAndGet();
        firstBuild.countDown();
        log.info("Guide index rebuilt: {} published articles in {} ms", published.size(),
                (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * How each generation learns the topics of questions ({@link GuideSearch} reads the questions); the
     * current generation, if any, is built again with it.
     */
    synchronized void learnTopicsWith(IndexedGuides.TopicTraining training) {
        this.training = training;
        if (current != null) {
            replaceWith(lastPublished, lastOutOfScope);
        }
    }

    /**
     * Waits, at most {@link #FIRST_BUILD_WAIT}, until the first index is built.
     *
     * @return false when it is still not built (the service is starting and the guide base is not ready)
     */
    public boolean awaitFirstBuild() {
        try {
            return firstBuild.await(FIRST_BUILD_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** A published article of the current index, by id. */
    public Optional<Article> publishedArticle(String id) {
        return Optional.ofNullable(current().article(id));
    }

    public int size() {
        return current().size();
    }

    /**
     * How many indexes this instance has built since it started (each is also logged with its time); the tests
     * read it to see that a series of saves is built once.
     */
    public long builds() {
        return builds.get();
    }

    IndexedGuides current() {
        return awaitFirstBuild() ? current : NotBuilt.EMPTY;
    }

    /** What a search sees when the first index is late: nothing (built only if ever needed). */
    private static final class NotBuilt {
        static final IndexedGuides EMPTY = IndexedGuides.of(List.of(), List.of());
    }
}
