package vn.haugiang.digitalhelp.kb;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

import vn.haugiang.digitalhelp.kb.search.GuideIndexRefresher;
import vn.haugiang.digitalhelp.kb.seed.SeedGuides;

/**
 * Prepares the guide base at start-up: inserts missing seed guides before any channel starts, then builds
 * the search index on a thread of its own while the rest of the service starts. A search that comes before
 * the first index waits for it ({@link vn.haugiang.digitalhelp.kb.search.GuideIndex#awaitFirstBuild()}), so
 * the first resident already gets answers. A build that fails (MongoDB unreachable) is tried again. The seed
 * guides an upgrade saves do not each rebuild the index on the way: the one build takes them all.
 */
@Component
public class GuideBaseStartup implements SmartInitializingSingleton, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(GuideBaseStartup.class);
    private static final Duration RETRY = Duration.ofSeconds(5);

    private final SeedGuides seeds;
    private final GuideIndexRefresher refresher;
    private volatile Thread indexing;

    public GuideBaseStartup(SeedGuides seeds, GuideIndexRefresher refresher) {
        this.seeds = seeds;
        this.refresher = refresher;
    }

    @Override
    public void afterSingletonsInstantiated() {
        refresher.withoutRefreshing(seeds::load); // each upgraded guide would rebuild it: the one build follows
        Thread thread = new Thread(this::buildIndex, "guide-index-start");
        thread.setDaemon(true);
        indexing = thread;
        thread.start();
    }

    private void buildIndex() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                refresher.refresh();
                return;
            } catch (RuntimeException e) {
                log.warn("Could not build the guide index; trying again in {} s: {}", RETRY.toSeconds(), e.toString());
                try {
                    Thread.sleep(RETRY.toMillis());
                } catch (InterruptedException stopped) {
                    return;
                }
            }
        }
    }

    /**
     * Waits, at most {@code atMost}, for the index build this start-up began (with its retries) to end: for
     * whoever runs the start-up again on a live service (the tests' fresh guide base) and must not search the
     * guides it had before.
     *
     * @throws IllegalStateException when the build has not ended in time, or the wait was interrupted
     */
    public void awaitIndexBuild(Duration atMost) {
        Thread thread = indexing;
        if (thread == null) {
            return;
        }
        try {
            thread.join(atMost.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the guide index was built", e);
        }
        if (thread.isAlive()) {
            throw new IllegalStateException("The guide index was not built within " + atMost);
        }
    }

    @Override
    public void destroy() {
        Thread thread = indexing;
        if (thread != null) {
            thread.interrupt();
        }
    }
}
