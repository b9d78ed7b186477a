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
        String createdBy) {
}
