package vn.haugiang.digitalhelp.admin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the admin console and its API ({@code digitalhelp.admin.*}).
 *
 * @param username         the first admin's user name (env {@code ADMIN_USERNAME}), created when no admin exists
 * @param password         the first admin's password (env {@code ADMIN_PASSWORD}); empty generates one, printed once
 * @param pageSize         rows per page of every list
 * @param passwordHashCost BCrypt's cost (log2 of its rounds, 4–31) for passwords hashed from now on; a stored
 *                         hash keeps the cost it was made with. Each step doubles the work of every sign-in
 *                         check: 10 (the default) takes about 64 ms on the 2-core machine; the tests use 4.
 */
@ConfigurationProperties("digitalhelp.admin")
public record AdminProperties(
        @DefaultValue("admin") String username,
        String password,
        @DefaultValue("20") int pageSize,
        @DefaultValue("10") int passwordHashCost) {

    public AdminProperties {
        if (passwordHashCost < 4 || passwordHashCost > 31) {
            throw new IllegalArgumentException(
                    "digitalhelp.admin.password-hash-cost must be between 4 and 31, not " + passwordHashCost);
        }
    }

    public boolean hasPassword() {
        return password != null && !password.isBlank();
    }
}
