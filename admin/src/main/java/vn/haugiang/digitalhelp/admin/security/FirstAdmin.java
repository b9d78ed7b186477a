package vn.haugiang.digitalhelp.admin.security;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import vn.haugiang.digitalhelp.admin.AdminProperties;

/**
 * Makes sure someone can sign in: when no admin exists, creates one from {@code ADMIN_USERNAME} /
 * {@code ADMIN_PASSWORD}, or with a random password that is printed this once and must be changed at the first sign-in.
 */
@Component
class FirstAdmin implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

    private final AdminUsers users;
    private final PasswordEncoder passwords;
    private final AdminProperties properties;
    private final Clock clock;

    FirstAdmin(AdminUsers users, PasswordEncoder passwords, AdminProperties properties, Clock clock) {
        this.users = users;
        this.passwords = passwords;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (users.anyWithRole(AdminRole.ADMIN)) {
            return;
        }
        String password = properties.hasPassword() ? properties.password() : GeneratedPasswords.next();
        try {
            // A generated password was printed to the log: it must be replaced at the first sign-in.
            users.insert(new AdminUser(null, properties.username(), passwords.encode(password), AdminRole.ADMIN, null, null,
                    clock.instant(), "start-up", false, !properties.hasPassword()));
        } catch (UsernameTakenException e) {
            log.info("No first admin created: the user name '{}' is taken (perhaps by another instance just now)",
                    properties.username());
            return;
        }
        if (properties.hasPassword()) {
            log.info("Created the first admin '{}' with the password from ADMIN_PASSWORD", properties.username());
        } else {
            log.warn("Created the first admin '{}' with the generated password: {} (shown only this once)",
                    properties.username(), password);
        }
    }
}
