package vn.haugiang.digitalhelp.admin.web;

import java.util.EnumMap;
import java.util.Map;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import vn.haugiang.digitalhelp.kb.article.ArticleStatus;

/** What every admin page shows besides its own content: the signed-in user and the status names. */
@ControllerAdvice(annotations = AdminPage.class)
class PageModel {

    /** In the order of the statuses, for lists and filters. */
    static final Map<ArticleStatus, String> STATUS_LABELS = new EnumMap<>(Map.of(
            ArticleStatus.DRAFT, "Bản nháp",
            ArticleStatus.PUBLISHED, "Đã đăng",
            ArticleStatus.ARCHIVED, "Đã lưu trữ"));

    @ModelAttribute("currentUser")
    CurrentUser currentUser(Authentication authentication) {
        return authentication == null || !authentication.isAuthenticated() || authentication.getName() == null
                || authentication.getAuthorities().isEmpty() ? null : CurrentUser.of(authentication);
    }

    @ModelAttribute("statusLabels")
    Map<ArticleStatus, String> statusLabels() {
        return STATUS_LABELS;
    }
}
