package vn.haugiang.digitalhelp.admin.audit;

import java.time.Instant;

import vn.haugiang.digitalhelp.kb.seed.SeedGuides;

/**
 * An audit entry as the console shows it: who in words (the seed's upgrades as such), what in words (a code
 * no longer made is shown as stored), and the guide's history for a change to a guide.
 */
record AuditRow(Instant at, String actor, String who, String what, String subject, String objectId, String detail,
                String guideId) {

    static AuditRow of(AuditEntry entry) {
        AuditSubject subject = AuditSubject.ofCode(entry.objectType()).orElse(null);
        return new AuditRow(entry.at(), entry.actor(),
                SeedGuides.SEED_AUTHOR.equals(entry.actor()) ? "Bản mẫu (tự động)" : entry.actor(),
                AuditAction.ofCode(entry.action()).map(AuditAction::label).orElse(entry.action()),
                subject == null ? entry.objectType() : subject.label(),
                entry.objectId(), entry.detail(),
                subject == AuditSubject.ARTICLE ? entry.objectId() : null);
    }
}
