package vn.haugiang.digitalhelp.admin.escalations;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import vn.haugiang.digitalhelp.admin.web.AdminPage;
import vn.haugiang.digitalhelp.admin.web.CurrentUser;

/** The number of requests waiting, beside "Yêu cầu hỗ trợ" in the menu of every console page. */
@ControllerAdvice(annotations = AdminPage.class)
class WaitingRequests {

    private final EscalationQueue queue;
    private final EscalationViewers viewers;

    WaitingRequests(EscalationQueue queue, EscalationViewers viewers) {
        this.queue = queue;
        this.viewers = viewers;
    }

    /** Null for a user who does not see the queue (and for the sign-in page). */
    @ModelAttribute("waitingRequests")
    Long waitingRequests(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated() || authentication.getAuthorities().isEmpty()
                || !CurrentUser.of(authentication).seesEscalations()) {
            return null;
        }
        return queue.waiting(viewers.of(authentication));
    }
}
