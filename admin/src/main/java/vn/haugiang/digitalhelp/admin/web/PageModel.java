package vn.haugiang.digitalhelp.admin.web;

import java.time.ZoneId;
import java.util.Map;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import vn.haugiang.digitalhelp.kb.article.ArticleStatus;

/**
 * What every admin page shows besides its own content: the signed-in user, the status names, and the service's
 * time zone, in which the pages show every date and hour ({@code #temporals.format(at, pattern, serviceZone)}),
 * whatever zone the machine runs in.
 */
@ControllerAdvice(annotations = AdminPage.class)
class PageModel {

    private final String serviceZone;

    PageModel(ZoneId zone) {
        this.serviceZone = zone.getId();
    }

    @ModelAttribute("serviceZone")
    String serviceZone() {
        return serviceZone;
    }

    @ModelAttribute("currentUser")
    CurrentUser currentUser(Authentication authentication) {
        return authentication == null || !authentication.isAuthenticated() || authentication.getName() == null
                || authentication.getAuthorities().isEmpty() ? null : CurrentUser.of(authentication);
    }

    @ModelAttribute("statusLabels")
    Map<ArticleStatus, String> statusLabels() {
        return ArticleStatusLabels.ALL;
    }
}
