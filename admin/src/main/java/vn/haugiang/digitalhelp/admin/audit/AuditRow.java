package vn.haugiang.digitalhelp.admin.audit;

import java.time.Instant;
import java.util.Map;

import vn.haugiang.digitalhelp.kb.seed.SeedGuides;

/**
 * An audit entry as the console shows it: who in words (the seed's upgrades as such), what in words (a code
 * no longer made is shown as stored), and for a change to a guide the guide's title, linked to its history.
 *
 * @param guideTitle the guide's title when the object is a guide that still exists, else null
 */
record AuditRow(Instant at, String actor, String who, String what, String subject, String objectId, String detail,
                String guideTitle) {

    /** @param guideTitles the titles of the guides among the entries, by id */
    static AuditRow of(AuditEntry entry, Map<String, String> guideTitles) {
        AuditSubject subject = AuditSubject.ofCode(entry.objectType()).orElse(null);
        return new AuditRow(entry.at(), entry.actor(),
                SeedGuides.SEED_AUTHOR.equals(entry.actor()) ? "Bản mẫu (tự động)" : entry.actor(),
                AuditAction.ofCode(entry.action()).map(AuditAction::label).orElse(entry.action()),
                subject == null ? entry.objectType() : subject.label(),
                entry.objectId(), entry.detail(),
                subject == AuditSubject.ARTICLE && entry.objectId() != null ? guideTitles.get(entry.objectId()) : null);
    }
}
