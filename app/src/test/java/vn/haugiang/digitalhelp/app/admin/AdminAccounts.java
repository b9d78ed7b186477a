package vn.haugiang.digitalhelp.app.admin;

import java.time.Instant;

import org.springframework.security.crypto.password.PasswordEncoder;

import vn.haugiang.digitalhelp.app.ServiceTestSettings;
import vn.haugiang.digitalhelp.admin.security.AdminRole;
import vn.haugiang.digitalhelp.admin.security.AdminUser;
import vn.haugiang.digitalhelp.admin.security.AdminUsers;
import vn.haugiang.digitalhelp.admin.security.UsernameTakenException;
import vn.haugiang.digitalhelp.bot.area.AreaDirectory;
import vn.haugiang.digitalhelp.bot.area.Commune;

/** The accounts the admin tests sign in with: the first admin from the settings, and one user per other role. */
final class AdminAccounts {

    static final String ADMIN = ServiceTestSettings.ADMIN;
    static final String ADMIN_PASSWORD = ServiceTestSettings.ADMIN_PASSWORD;
    static final String EDITOR = "bientap";
    static final String COMMUNE = "canboxa";
    static final String PASSWORD = "mat-khau-thu-nghiem-2025";
    /** The commune of the COMMUNE account, one of the sample areas every fresh install loads. */
    static final String COMMUNE_NAME = "Vị Thanh";

    private AdminAccounts() {
    }

    static void ensureOtherRoles(AdminUsers users, PasswordEncoder passwords, AreaDirectory areas) {
        add(users, passwords, EDITOR, AdminRole.EDITOR, null);
        add(users, passwords, COMMUNE, AdminRole.COMMUNE, areas.communeByName(COMMUNE_NAME).orElseThrow());
    }

    private static void add(AdminUsers users, PasswordEncoder passwords, String username, AdminRole role, Commune commune) {
        try {
            users.insert(new AdminUser(null, username, passwords.encode(PASSWORD), role,
                    commune == null ? null : commune.name(), commune == null ? null : commune.id(), Instant.now(), "test"));
        } catch (UsernameTakenException alreadyThere) {
            // Another test of the same class added it first.
        }
    }
}
