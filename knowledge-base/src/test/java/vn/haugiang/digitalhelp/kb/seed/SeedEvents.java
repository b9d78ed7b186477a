package vn.haugiang.digitalhelp.kb.seed;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.context.event.EventListener;

/** Collects the seeding events, as the audit log's listener would receive them. */
public final class SeedEvents {

    final List<Object> events = new CopyOnWriteArrayList<>();

    @EventListener
    void upgraded(SeedGuideUpgraded event) {
        events.add(event);
    }

    @EventListener
    void offered(SeedUpdateOffered event) {
        events.add(event);
    }
}
