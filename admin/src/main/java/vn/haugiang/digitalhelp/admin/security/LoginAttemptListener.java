package vn.haugiang.digitalhelp.admin.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Counts wrong passwords (form and HTTP Basic alike, known and unknown user names) for {@link LoginThrottle}. */
@Component
class LoginAttemptListener {

    private final LoginThrottle throttle;

    LoginAttemptListener(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @EventListener
    void onWrongPassword(AuthenticationFailureBadCredentialsEvent event) {
        if (!(event.getException() instanceof ThrottledAuthentication.MustWaitException)) {
            throttle.recordFailure(ThrottledAuthentication.clientAddress(event.getAuthentication()),
                    event.getAuthentication().getName());
        }
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        throttle.recordSuccess(ThrottledAuthentication.clientAddress(event.getAuthentication()),
                event.getAuthentication().getName());
    }
}
