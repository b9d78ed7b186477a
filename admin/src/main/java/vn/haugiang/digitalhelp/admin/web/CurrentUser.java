package vn.haugiang.digitalhelp.admin.web;

import org.springframework.security.core.Authentication;

import vn.haugiang.digitalhelp.admin.security.AdminRole;

/** The signed-in admin user, as the pages show them. */
public record CurrentUser(String username, AdminRole role) {

    public static CurrentUser of(Authentication authentication) {
        AdminRole role = authentication.getAuthorities().stream()
                .map(granted -> granted.getAuthority())
                .filter(authority -> authority.startsWith("ROLE_"))
                .map(authority -> AdminRole.valueOf(authority.substring("ROLE_".length())))
                .findFirst()
                .orElseThrow();
        return new CurrentUser(authentication.getName(), role);
    }

    public boolean editsGuides() {
        return role == AdminRole.ADMIN || role == AdminRole.EDITOR;
    }

    /** ADMIN sees every commune's requests, COMMUNE their own commune's. */
    public boolean seesEscalations() {
        return role == AdminRole.ADMIN || role == AdminRole.COMMUNE;
    }

    /** ADMIN sees every commune's figures, COMMUNE their own commune's. */
    public boolean seesMetrics() {
        return role == AdminRole.ADMIN || role == AdminRole.COMMUNE;
    }

    public boolean isAdmin() {
        return role == AdminRole.ADMIN;
    }
}
