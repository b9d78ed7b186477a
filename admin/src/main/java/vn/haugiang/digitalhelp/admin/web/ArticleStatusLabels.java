package vn.haugiang.digitalhelp.admin.web;

import java.util.EnumMap;
import java.util.Map;

import vn.haugiang.digitalhelp.kb.article.ArticleStatus;

/** A guide's status in the console's words. */
public final class ArticleStatusLabels {

    /** In the order of the statuses, for lists and filters. */
    static final Map<ArticleStatus, String> ALL = new EnumMap<>(Map.of(
            ArticleStatus.DRAFT, "Bản nháp",
            ArticleStatus.PUBLISHED, "Đã đăng",
            ArticleStatus.ARCHIVED, "Đã lưu trữ"));

    private ArticleStatusLabels() {
    }

    public static String of(ArticleStatus status) {
        return ALL.get(status);
    }
}
