package vn.haugiang.digitalhelp.admin.security;

import java.io.IOException;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Reads the signed-in user's account on every request, so a change takes effect at once: a disabled,
 * removed or re-roled user's session ends (they sign in again, with their new role), and a user who
 * must change a generated password can reach nothing but the password change until they do.
 */
class AccountStatusFilter extends OncePerRequestFilter {

    static final String PASSWORD_PAGE = "/admin/account/password";
    static final String PASSWORD_API = "/api/admin/account/password";
    private static final Set<String> OPEN_WHILE_MUST_CHANGE = Set.of(PASSWORD_PAGE, PASSWORD_API, "/admin/logout");

    private final AdminUsers users;
    /** How the admin API is answered; null for the pages, which redirect instead. */
    private final ApiSecurityErrors apiErrors;

    AccountStatusFilter(AdminUsers users, ApiSecurityErrors apiErrors) {
        this.users = users;
        this.apiErrors = apiErrors;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn == null || signedIn instanceof AnonymousAuthenticationToken || !signedIn.isAuthenticated()) {
            chain.doFilter(request, response);
            return;
        }
        Optional<AdminUser> user = users.findByUsername(signedIn.getName());
        if (user.isEmpty() || user.get().disabled() || signedIn.getAuthorities().stream()
                .noneMatch(granted -> granted.getAuthority().equals(user.get().role().authority()))) {
            signOut(request);
            if (apiErrors != null) {
                apiErrors.commence(request, response, null);
            } else {
                response.sendRedirect(SecurityConfiguration.LOGIN_PAGE);
            }
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (user.get().mustChangePassword() && !OPEN_WHILE_MUST_CHANGE.contains(path)
                && !path.startsWith("/admin/assets/")) {
            if (apiErrors != null) {
                apiErrors.mustChangePassword(request, response);
            } else {
                response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
            }
            return;
        }
        chain.doFilter(request, response);
    }

    private static void signOut(HttpServletRequest request) {
        SecurityContextHolder.clearContext();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }
}
