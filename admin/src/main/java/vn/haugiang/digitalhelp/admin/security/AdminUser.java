package vn.haugiang.digitalhelp.admin.security;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A person who may sign in to the admin console. Only the BCrypt hash of the password is kept.
 *
 * @param commune the commune a {@link AdminRole#COMMUNE} user belongs to; null for other roles
 */
@Document("admin_users")
public record AdminUser(
        @Id String id,
        String username,
        String passwordHash,
        AdminRole role,
        String commune,
        Instant createdAt,
        String createdBy) {
}
