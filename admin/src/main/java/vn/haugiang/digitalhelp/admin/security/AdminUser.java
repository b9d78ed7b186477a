package vn.haugiang.digitalhelp.admin.security;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A person who may sign in to the admin console. Only the BCrypt hash of the password is kept.
 *
 * @param commune   the name of the commune a {@link AdminRole#COMMUNE} user belongs to; null for other roles
 * @param communeId that commune's id in the area list ({@code communes}); users saved before it was kept
 *                  have only the name, matched by its folded key
 * @param disabled  an ADMIN turned the account off: it cannot sign in, and a signed-in session ends
 * @param mustChangePassword the password was generated (first admin, or a reset) and must be replaced
 *                  at the next sign-in before anything else
 */
@Document("admin_users")
public record AdminUser(
        @Id String id,
        String username,
        String passwordHash,
        AdminRole role,
        String commune,
        String communeId,
        Instant createdAt,
        String createdBy,
        boolean disabled,
        boolean mustChangePassword) {

    /** A new, enabled user whose password needs no change. */
    public AdminUser(String id, String username, String passwordHash, AdminRole role, String commune, String communeId,
                     Instant createdAt, String createdBy) {
        this(id, username, passwordHash, role, commune, communeId, createdAt, createdBy, false, false);
    }
}
