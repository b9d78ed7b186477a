package vn.haugiang.digitalhelp.admin.guides;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.haugiang.digitalhelp.admin.audit.AuditAction;
import vn.haugiang.digitalhelp.admin.audit.AuditLog;
import vn.haugiang.digitalhelp.kb.seed.SeedGuideUpgraded;
import vn.haugiang.digitalhelp.kb.seed.SeedGuides;
import vn.haugiang.digitalhelp.kb.seed.SeedUpdateOffered;

/** Writes what the start-up content migration did to the guides into the audit log, with "seed" as the actor. */
@Component
class SeedAudit {

    private final AuditLog audit;

    SeedAudit(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void upgraded(SeedGuideUpgraded event) {
        audit.record(SeedGuides.SEED_AUTHOR, AuditAction.ARTICLE_SEED_UPGRADE, event.articleId(),
                "phiên bản " + event.articleVersion() + " = bản mẫu " + event.seedVersion() + " (" + event.slug() + ")");
    }

    @EventListener
    void offered(SeedUpdateOffered event) {
        audit.record(SeedGuides.SEED_AUTHOR, AuditAction.ARTICLE_SEED_OFFER, event.articleId(),
                "giữ bản admin đã sửa; bản mẫu " + event.seedVersion() + " chờ duyệt (" + event.slug() + ")");
    }
}
