package vn.haugiang.digitalhelp.admin.security;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.DefaultSecurityFilterChain;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.HstsHeaderWriter;
import org.springframework.security.web.header.writers.XContentTypeOptionsHeaderWriter;
import org.springframework.security.web.header.writers.XXssProtectionHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;

import vn.haugiang.digitalhelp.admin.AdminProperties;
import vn.haugiang.digitalhelp.bot.problems.ProblemWriter;

/**
 * Who may reach what. Four filter chains:
 * <ol>
 * <li>the admin API ({@code /api/admin/**}): HTTP Basic on every request, no session, 401/403 as problem details;</li>
 * <li>the admin pages and the API documentation: form login at {@code /admin/login}, a session
 * cookie, CSRF tokens on every form;</li>
 * <li>the actuator: health is public, everything else (prometheus, info) needs an ADMIN over HTTP Basic;</li>
 * <li>everything else belongs to residents ({@code /chat}, {@code POST /api/chat}) and stays public,
 * with no session and no CSRF token (nothing there signs anyone in); this chain only writes the headers.</li>
 * </ol>
 * The pages and the chat carry a Content Security Policy that allows no inline script.
 * Roles: ADMIN everything; EDITOR the guide pages and API; COMMUNE the escalation queue and the metrics
 * (pages and API), where {@link vn.haugiang.digitalhelp.admin.escalations.EscalationViewers} keeps them to
 * their own commune.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String LOGIN_PAGE = "/admin/login";
    private static final String[] GUIDE_PAGES = {"/admin/guides/**", "/admin/search-test/**", "/admin/transfer/**"};
    private static final String[] GUIDE_API = {"/api/admin/articles/**", "/api/admin/articles", "/api/admin/search/**",
        "/api/admin/images"};
    private static final String[] METRICS_API = {"/api/admin/metrics", "/api/admin/metrics/**"};
    private static final String[] ESCALATION_PAGES = {"/admin/escalations", "/admin/escalations/**"};
    private static final String[] METRICS_PAGES = {"/admin/metrics", "/admin/metrics/**"};
    private static final String[] ESCALATION_API = {"/api/admin/escalations", "/api/admin/escalations/**"};
    // "/v3/api-docs*" also covers "/v3/api-docs.yaml"
    private static final String[] API_DOCS = {"/swagger-ui.html", "/swagger-ui/**", "/v3/api-docs*", "/v3/api-docs*/**"};
    private static final String[] HEALTH = {"/actuator/health", "/actuator/health/**"};
    /** No inline or third-party script, images from here only (and the QR code's data URI), no framing. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    @Bean
    PasswordEncoder passwordEncoder(AdminProperties admin) {
        return new BCryptPasswordEncoder(admin.passwordHashCost());
    }

    @Bean
    AuthenticationManager authenticationManager(UserDetailsService users, PasswordEncoder passwords,
                                                ApplicationEventPublisher events, LoginThrottle throttle) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(passwords);
        ProviderManager manager = new ProviderManager(new ThrottledAuthentication(provider, throttle));
        manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
        return manager;
    }

    @Bean
    @Order(1)
    SecurityFilterChain adminApiChain(HttpSecurity http, AdminUsers users, AuthenticationManager signIn,
                                      ProblemWriter problems) throws Exception {
        ApiSecurityErrors errors = new ApiSecurityErrors(problems);
        http.securityMatcher("/api/admin/**")
                .authenticationManager(signIn)
                .addFilterBefore(new AccountStatusFilter(users, errors), AuthorizationFilter.class)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(AccountStatusFilter.PASSWORD_API).authenticated()
                        .requestMatchers(GUIDE_API).hasAnyRole(AdminRole.ADMIN.name(), AdminRole.EDITOR.name())
                        .requestMatchers(ESCALATION_API).hasAnyRole(AdminRole.ADMIN.name(), AdminRole.COMMUNE.name())
                        .requestMatchers(METRICS_API).hasAnyRole(AdminRole.ADMIN.name(), AdminRole.COMMUNE.name())
                        .anyRequest().hasRole(AdminRole.ADMIN.name()))
                .httpBasic(basic -> basic.authenticationEntryPoint(errors))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(errors).accessDeniedHandler(errors))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Credentials come only in the Authorization header, never from a cookie, so a forged
                // cross-site request has nothing to ride on: no CSRF token is needed.
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain adminPagesChain(HttpSecurity http, AdminUsers users, AuthenticationManager signIn) throws Exception {
        http.securityMatcher(concat(new String[] {"/admin", "/admin/**"}, API_DOCS))
                .authenticationManager(signIn)
                .addFilterBefore(new AccountStatusFilter(users, null), AuthorizationFilter.class)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(LOGIN_PAGE, "/admin/assets/**").permitAll()
                        .requestMatchers(AccountStatusFilter.PASSWORD_PAGE).authenticated()
                        .requestMatchers(API_DOCS).hasRole(AdminRole.ADMIN.name())
                        .requestMatchers(GUIDE_PAGES).hasAnyRole(AdminRole.ADMIN.name(), AdminRole.EDITOR.name())
                        .requestMatchers(ESCALATION_PAGES).hasAnyRole(AdminRole.ADMIN.name(), AdminRole.COMMUNE.name())
                        .requestMatchers(METRICS_PAGES).hasAnyRole(AdminRole.ADMIN.name(), AdminRole.COMMUNE.name())
                        .requestMatchers("/admin").authenticated()
                        .anyRequest().hasRole(AdminRole.ADMIN.name()))
                .formLogin(form -> form
                        .loginPage(LOGIN_PAGE)
                        .defaultSuccessUrl("/admin", false)
                        // One answer for every failure: wrong password, unknown or disabled user, or a wait.
                        .failureHandler((request, response, e) -> response.sendRedirect(LOGIN_PAGE + "?error")))
                .logout(logout -> logout.logoutUrl("/admin/logout").logoutSuccessUrl(LOGIN_PAGE + "?logout"))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint(LOGIN_PAGE)));
        return http.build();
    }

    /** Health stays public for probes; every other actuator endpoint (prometheus, info) needs an ADMIN. */
    @Bean
    @Order(3)
    SecurityFilterChain actuatorChain(HttpSecurity http, AuthenticationManager signIn, ProblemWriter problems)
            throws Exception {
        ApiSecurityErrors errors = new ApiSecurityErrors(problems);
        http.securityMatcher("/actuator", "/actuator/**")
                .authenticationManager(signIn)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HEALTH).permitAll()
                        .anyRequest().hasRole(AdminRole.ADMIN.name()))
                .httpBasic(basic -> basic.authenticationEntryPoint(errors))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(errors).accessDeniedHandler(errors))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    /**
     * Residents' paths (the chat page, its API, the web chat's files, the error page): public, no session and
     * no CSRF token (nothing here signs anyone in; a visitor is known by the web chat's own signed cookie).
     * Built by hand rather than with {@link HttpSecurity}: on such a chain the only filter that does any
     * work is the one that writes the security headers (the defaults but Cache-Control, and the Content
     * Security Policy); the ten others {@code HttpSecurity} adds (security context, anonymous user, request
     * cache, logout, session management, an authorization that permits everything...) cost every chat turn
     * time and change nothing.
     */
    @Bean
    @Order(4)
    SecurityFilterChain residentsChain() {
        return new DefaultSecurityFilterChain(AnyRequestMatcher.INSTANCE, new HeaderWriterFilter(List.of(
                new XContentTypeOptionsHeaderWriter(),
                new XXssProtectionHeaderWriter(),
                new HstsHeaderWriter(),
                new XFrameOptionsHeaderWriter(XFrameOptionsHeaderWriter.XFrameOptionsMode.DENY),
                new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY))));
    }

    private static String[] concat(String[] first, String[] second) {
        return Stream.concat(Arrays.stream(first), Arrays.stream(second))
                .toArray(String[]::new);
    }
}
