package vn.haugiang.digitalhelp.admin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the admin console and its API ({@code digitalhelp.admin.*}).
 *
 * @param username         the first admin's user name (env {@code ADMIN_USERNAME}), created when no admin exists
 * @param password         the first admin's password (env {@code ADMIN_PASSWORD}); empty generates one, printed once
 * @param pageSize         rows per page of every list
 */
@ConfigurationProperties("digitalhelp.admin")
public record AdminProperties(
        @DefaultValue("admin") String username,
        String password,
        @DefaultValue("20") int pageSize) {

    public boolean hasPassword() {
        return password != null && !password.isBlank();
    }
}
