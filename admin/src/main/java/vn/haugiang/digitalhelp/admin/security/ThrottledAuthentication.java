package vn.haugiang.digitalhelp.admin.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks the {@link LoginThrottle} before the password: an attempt that must wait is refused exactly as a
 * wrong password is (same exception, same answer), whether the user name exists or not.
 */
class ThrottledAuthentication implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final LoginThrottle throttle;

    ThrottledAuthentication(AuthenticationProvider passwords, LoginThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        if (throttle.mustWait(clientAddress(attempt), attempt.getName())) {
            throw new MustWaitException();
        }
        return passwords.authenticate(attempt);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }

    /** The address the sign-in came from, as the form and HTTP Basic filters record it. */
    static String clientAddress(Authentication attempt) {
        return attempt.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : "";
    }

    /** Refused unchecked because of earlier failures; not itself counted as a failure. */
    static final class MustWaitException extends BadCredentialsException {
        MustWaitException() {
            super("Bad credentials");
        }
    }
}
