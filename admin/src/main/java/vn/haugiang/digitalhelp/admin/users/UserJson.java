package vn.haugiang.digitalhelp.admin.users;

import java.time.Instant;

import vn.haugiang.digitalhelp.admin.security.AdminRole;
import vn.haugiang.digitalhelp.admin.security.AdminUser;

/** An admin user as the API shows them: never the password hash. */
public record UserJson(String id, String username, AdminRole role, String commune, String communeId, Instant createdAt,
                       String createdBy, boolean disabled, boolean mustChangePassword) {

    static UserJson of(AdminUser user) {
        return new UserJson(user.id(), user.username(), user.role(), user.commune(), user.communeId(), user.createdAt(),
                user.createdBy(), user.disabled(), user.mustChangePassword());
    }
}
