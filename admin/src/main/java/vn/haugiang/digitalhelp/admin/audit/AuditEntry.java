package vn.haugiang.digitalhelp.admin.audit;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One change an admin user made: who, when, what, to which object.
 *
 * @param action     what was done, e.g. {@code article.publish}
 * @param objectType kind of object, e.g. {@code article}
 * @param detail     a short human-readable note (e.g. the new version)
 */
@Document("audit_log")
public record AuditEntry(@Id String id, Instant at, String actor, String action, String objectType, String objectId,
                         String detail) {
}
