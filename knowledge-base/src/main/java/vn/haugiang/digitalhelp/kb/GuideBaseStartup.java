package vn.haugiang.digitalhelp.kb;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

import vn.haugiang.digitalhelp.kb.search.GuideIndexRefresher;
import vn.haugiang.digitalhelp.kb.seed.SeedGuides;

/**
 * Prepares the guide base before any channel starts: inserts missing seed guides, then builds the
 * search index, so the first resident already gets answers.
 */
@Component
public class GuideBaseStartup implements SmartInitializingSingleton {

    private final SeedGuides seeds;
    private final GuideIndexRefresher refresher;

    public GuideBaseStartup(SeedGuides seeds, GuideIndexRefresher refresher) {
        this.seeds = seeds;
        this.refresher = refresher;
    }

    @Override
    public void afterSingletonsInstantiated() {
        seeds.load();
        refresher.refresh();
    }
}
