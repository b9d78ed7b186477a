package vn.haugiang.digitalhelp.kb;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

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
    /** How long {@link #awaitIndexBuild()} waits: a build of the seed base takes well under a second. */
    private static final Duration BUILD_WAIT = Duration.ofSeconds(30);

    private final SeedGuides seeds;
    private final GuideIndexRefresher refresher;
    /** The build of the latest start-up: its thread and whether it has built the index. */
    private volatile StartUpBuild latest;

    public GuideBaseStartup(SeedGuides seeds, GuideIndexRefresher refresher) {
        this.seeds = seeds;
        this.refresher = refresher;
    }

    @Override
    public void afterSingletonsInstantiated() {
        refresher.withoutRefreshing(seeds::load); // each upgraded guide would rebuild it: the one build follows
        StartUpBuild build = new StartUpBuild(new CompletableFuture<>());
        Thread thread = new Thread(() -> buildIndex(build), "guide-index-start");
        thread.setDaemon(true);
        build.thread = thread;
        latest = build; // a build of an earlier start-up still retrying stops: this one supersedes it
        thread.start();
    }

    private void buildIndex(StartUpBuild build) {
        while (latest == build) {
            try {
                refresher.refresh();
                build.built.complete(null);
                return;
            } catch (RuntimeException e) {
                log.warn("Could not build the guide index; trying again in {} s: {}", RETRY.toSeconds(), e.toString());
                try {
                    Thread.sleep(RETRY.toMillis());
                } catch (InterruptedException stopped) {
                    break;
                }
            }
        }
        build.built.completeExceptionally(new IllegalStateException("The guide index build of this start-up was stopped"));
    }

    /**
     * Waits, at most 30 seconds, until the index build of the latest start-up (with its retries) has built the
     * index: for whoever runs the start-up again on a live service (the tests' fresh guide base) and must not
     * search the guides it had before.
     *
     * @throws IllegalStateException when it has not built the index in time, was stopped, or the wait was
     *                               interrupted
     */
    public void awaitIndexBuild() {
        StartUpBuild build = latest;
        if (build == null) {
            return;
        }
        try {
            build.built.get(BUILD_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException("The guide index was not built within " + BUILD_WAIT, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the guide index was built", e);
        }
    }

    @Override
    public void destroy() {
        StartUpBuild build = latest;
        if (build != null) {
            build.thread.interrupt();
        }
    }

    /** One start-up's index build: the thread that makes it, and its outcome. */
    private static final class StartUpBuild {
        final CompletableFuture<Void> built;
        volatile Thread thread;

        StartUpBuild(CompletableFuture<Void> built) {
            this.built = built;
        }
    }
}
